/*
 * 双走访、促三保: the section of the charts page (charts.html#two-visits). For the caller's units (managers: their
 * unit and every union below; a union's clerks: their own union) it shows, for one school year, the phase of each
 * grassroots union's campaign and the phases that ran late, the visits, the problems by route and status, the relief
 * paid and the overdue problems, from GET /api/two-visits/overview. Apache ECharts from the webjar.
 */
(function () {
  'use strict';
  var C = window.GonghuiCharts;
  var charts = {};
  var unitSelect;
  var yearSelect;
  var notice;

  C.register({ id: 'two-visits', title: '双走访、促三保', render: start });

  function start(container, context) {
    container.innerHTML =
      '<div class="panel controls">' +
      '  <label for="tv-unit">单位</label><select id="tv-unit"></select>' +
      '  <label for="tv-year">学年</label><select id="tv-year"></select>' +
      '  <a id="tv-xlsx" href="#">导出 Excel</a>' +
      '  <div id="tv-summary" class="summary" style="margin-top:10px"></div>' +
      '</div>' +
      '<div id="tv-notice" class="notice" hidden></div>' +
      '<div class="grid">' +
      '  <div class="panel"><h3>各基层工会活动阶段</h3><div id="tv-phases" class="chart"></div></div>' +
      '  <div class="panel"><h3>走访情况</h3><div id="tv-visits" class="chart"></div></div>' +
      '  <div class="panel"><h3>问题：按解决途径和办理状态</h3><div id="tv-problems" class="chart"></div></div>' +
      '  <div class="panel"><h3>年关慰问金（元）</h3><div id="tv-relief" class="chart"></div></div>' +
      '</div>' +
      '<div class="panel"><h3>逾期问题</h3><div id="tv-overdue"></div></div>';
    unitSelect = document.getElementById('tv-unit');
    yearSelect = document.getElementById('tv-year');
    notice = document.getElementById('tv-notice');
    var me = context.me;
    if (me.units.length === 0) { throw new Error('您不属于任何工会组织，没有可以查看的统计。'); }
    me.units.forEach(function (u) {
      var option = document.createElement('option');
      option.value = u.code;
      option.textContent = u.name;
      unitSelect.appendChild(option);
    });
    var today = new Date();
    var current = today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
    for (var y = current + 1; y >= current - 3; y--) {
      var option = document.createElement('option');
      option.value = y;
      option.textContent = y + '—' + (y + 1) + '学年';
      option.selected = y === current;
      yearSelect.appendChild(option);
  }
  unitSelect.addEventListener('change', load);
  yearSelect.addEventListener('change', load);
  load();
  }

  var PHASES = ['未开展', '宣传发动', '深入走访', '研究解决', '长效机制', '已完成'];
  var ROUTES = { UNION_SOLVES: '工会自行解决', REPORT_TO_ADMINISTRATION: '向本单位行政汇报', REPORT_TO_SUPERIOR: '向上级部门汇报' };
  var STATUSES = { OPEN: '待归类', UNION_SOLVING: '工会解决中', REPORTED: '已上报待答复', ASSISTING: '协助解决中', SOLVED: '已解决', CLOSED: '已结案（未解决）' };

  function chart(id) {
    if (!charts[id]) { charts[id] = echarts.init(document.getElementById(id)); }
    return charts[id];
  }
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });

  function showNotice(text) { notice.hidden = !text; notice.textContent = text || ''; }

  function phaseOf(row) {
    if (row.status === 'NONE') { return 0; }
    if (row.status === 'COMPLETED') { return 5; }
    return row.currentPhase;
  }

  function render(view) {
    var rows = view.rows;
    var names = rows.map(function (r) { return r.unitName; });
    var t = view.totals;
    document.getElementById('tv-summary').innerHTML =
      '<span>' + view.unitName + ' ' + view.yearLabel + '</span>' +
      '<span>基层工会 ' + rows.length + ' 个，阶段逾期 ' + view.unionsLate + ' 个</span>' +
      '<span>走访教研组 ' + t.departmentVisitsDone + ' 个、入户 ' + t.homeVisitsDone + ' 户、建档 ' + t.householdsFiled + ' 户</span>' +
      '<span>问题 ' + t.problems + ' 个，逾期 ' + t.problemsOverdue + ' 个</span>' +
      '<span>慰问金 ' + t.reliefAmount + ' 元</span>';
    document.getElementById('tv-xlsx').href = '/api/two-visits/overview.xlsx?unit=' + encodeURIComponent(view.unitCode) + '&year=' + view.year;

    chart('tv-phases').setOption({
      tooltip: { formatter: function (p) { var r = rows[p.dataIndex]; return r.unitName + '：' + r.phaseLabel + (r.late ? '（逾期阶段：' + r.latePhases.join('、') + '）' : ''); } },
      grid: { left: 80, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', min: 0, max: 5, interval: 1, axisLabel: { formatter: function (v) { return PHASES[v] || ''; } } },
      series: [{ type: 'bar', data: rows.map(function (r) {
        return { value: phaseOf(r), itemStyle: { color: r.late ? '#c0392b' : '#2471a3' } };
      }) }]
    }, true);

    function figure(r, key) { return r.figures ? r.figures[key] : 0; }
    chart('tv-visits').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 50, right: 20, bottom: 60, top: 40 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '走访教研组（部门）', type: 'bar', data: rows.map(function (r) { return figure(r, 'departmentVisitsDone'); }) },
        { name: '入户走访（户）', type: 'bar', data: rows.map(function (r) { return figure(r, 'homeVisitsDone'); }) },
        { name: '填报登记表（户）', type: 'bar', data: rows.map(function (r) { return figure(r, 'householdsFiled'); }) }
      ]
    }, true);

    var routeKeys = Object.keys(ROUTES);
    var statusKeys = Object.keys(STATUSES);
    chart('tv-problems').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 50, right: 20, bottom: 40, top: 60 },
      xAxis: { type: 'category', data: ['按解决途径', '按办理状态'] },
      yAxis: { type: 'value', minInterval: 1 },
      series: routeKeys.map(function (k) {
        return { name: ROUTES[k], type: 'bar', stack: 'route', data: [t.problemsByRoute[k] || 0, null] };
      }).concat(statusKeys.map(function (k) {
        return { name: STATUSES[k], type: 'bar', stack: 'status', data: [null, t.problemsByStatus[k] || 0] };
      }))
    }, true);

    chart('tv-relief').setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 60, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: [{ name: '慰问金', type: 'bar', itemStyle: { color: '#d68910' },
        data: rows.map(function (r) { return r.figures ? Number(r.figures.reliefAmount) : 0; }) }]
    }, true);

    var overdue = document.getElementById('tv-overdue');
    if (view.overdueProblems.length === 0) {
      overdue.textContent = '没有逾期的问题。';
    } else {
      var html = '<table><tr><th>基层工会</th><th>问题</th><th>解决途径</th><th>状态</th><th>办理期限</th></tr>';
      view.overdueProblems.forEach(function (p) {
        html += '<tr><td>' + escapeHtml(p.unitName || p.unitCode) + '</td><td>' + escapeHtml(p.description) + '</td><td>' +
          escapeHtml(p.routeLabel) + '</td><td>' + escapeHtml(p.statusLabel) + '</td><td>' + p.dueDate + '</td></tr>';
      });
      overdue.innerHTML = html + '</table>';
    }
  }

  function escapeHtml(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function load() {
    showNotice(null);
    C.getJson('/api/two-visits/overview?unit=' + encodeURIComponent(unitSelect.value) + (yearSelect.value ? '&year=' + yearSelect.value : ''))
      .then(render)
      .catch(function (e) { showNotice(e.message); });
  }

})();
