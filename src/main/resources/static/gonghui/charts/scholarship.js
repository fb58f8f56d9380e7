/* 金秋助学 on the charts page: one campaign of the county at a time (GET /api/scholarship-campaigns/{id}/overview). */
(function () {
  'use strict';
  var C = window.GonghuiCharts;

  function bar(names, values, color) {
    return {
      grid: { left: 60, right: 20, top: 40, bottom: 70 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, itemStyle: { color: color }, label: { show: true, position: 'top' } }]
    };
  }

  function pie(title, items) {
    return {
      title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      series: [{ type: 'pie', radius: ['30%', '60%'], top: 30, data: items, label: { formatter: '{b}\n{c}' } }]
    };
  }

  function titled(option, title) {
    option.title = { text: title, left: 'center', textStyle: { fontSize: 14 } };
    return option;
  }

  function render(body, o) {
    C.clearCharts(body);
    body.innerHTML = '';
    var campaign = o.campaign;
    body.appendChild(C.text('p', campaign.countyName + campaign.year + '年金秋助学 · 当前阶段：' + campaign.phaseLabel
      + ' · 申报截止：' + campaign.deadline + ' 24时', 'hint'));
    C.figures(body, [
      ['申请总数', o.applications], ['通过初步认定', o.eligible], ['未通过初步认定', o.ineligible],
      ['入户核实属实', o.verified], ['A档资助', o.tierA], ['B档资助', o.tierB],
      ['已发放（元）', o.money.paid], ['预算（元）', o.money.budget], ['往年A档续发', o.continuing.planned]
    ]);
    var grid = document.createElement('div');
    grid.className = 'charts';
    body.appendChild(grid);
    C.chart(grid, 'applications-by-step', titled(bar(
      o.byStep.map(function (s) { return s.label; }), o.byStep.map(function (s) { return s.count; }), '#2471a3'), '申请办理环节'));
    C.chart(grid, 'outcomes', pie('申请结果', o.byOutcome.filter(function (s) { return s.count > 0; })
      .map(function (s) { return { name: s.label, value: s.count }; })));
    C.chart(grid, 'refusal-reasons', titled(bar(
      o.refusalReasons.map(function (r) { return r.label.length > 12 ? r.label.substring(0, 12) + '…' : r.label; }),
      o.refusalReasons.map(function (r) { return r.count; }), '#c0392b'), '不符合条件的原因'));
    C.chart(grid, 'money', titled(bar(['预算', '按名额所需', '已到账', '已发放', '余额'],
      [o.money.budget, o.money.plannedNeed, o.money.recorded, o.money.paid, o.money.balance], '#d68910'), '资金（元）：已发放与预算'));
    C.chart(grid, 'fund-sources', pie('到账资金来源（元）', o.money.recordedBySource.filter(function (s) { return s.count > 0; })
      .map(function (s) { return { name: s.label, value: s.count }; })));
    C.chart(grid, 'continuing', titled(bar(['计划续发', '确认在读', '已终止', '已发放'],
      [o.continuing.planned, o.continuing.enrolmentConfirmed, o.continuing.stopped, o.continuing.paid], '#1e8449'), '往年A档学生续发'));
    body.appendChild(C.text('h3', '逾期事项（' + o.lateWork.length + '）'));
    C.table(body, ['事项', '对象', '承办单位', '应完成时间'], o.lateWork.map(function (w) {
      return [w.kindLabel, w.subject, w.unitName || '', new Date(w.dueAt).toLocaleString('zh-CN')];
    }));
  }

  C.register({
    id: 'scholarship',
    title: '金秋助学',
    render: function (container, context) {
      if (!context.county) {
        container.appendChild(C.text('p', '金秋助学由县总工会组织，本统计供县总工会的人员查看；您所在的单位不是县总工会。', 'hint'));
        return null;
      }
      return C.getJson('/api/scholarship-campaigns?county=' + encodeURIComponent(context.county)).then(function (campaigns) {
        if (campaigns.length === 0) {
          container.appendChild(C.text('p', '本县还没有金秋助学活动。', 'hint'));
          return;
        }
        var toolbar = document.createElement('div');
        toolbar.className = 'toolbar';
        var select = document.createElement('select');
        select.id = 'scholarship-campaign';
        campaigns.forEach(function (c) {
          var option = C.text('option', c.year + '年（' + c.phaseLabel + '）');
          option.value = c.id;
          select.appendChild(option);
        });
        var download = C.text('a', '下载 Excel 统计表');
        toolbar.appendChild(C.text('label', '活动年度：'));
        toolbar.appendChild(select);
        toolbar.appendChild(download);
        container.appendChild(toolbar);
        var body = document.createElement('div');
        body.id = 'scholarship-overview';
        container.appendChild(body);
        function load() {
          download.href = '/api/scholarship-campaigns/' + select.value + '/overview.xlsx';
          return C.getJson('/api/scholarship-campaigns/' + select.value + '/overview').then(function (o) { render(body, o); });
        }
        select.addEventListener('change', function () {
          load().catch(function (error) { body.textContent = error.message; });
        });
        return load();
      });
    }
  });
})();
