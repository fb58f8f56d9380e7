/*
 * The charts page (/gonghui/charts.html): each process adds its section with one small script of its own that calls
 *
 *   GonghuiCharts.register({ id: 'scholarship', title: '金秋助学', render: function (container, context) { … } });
 *
 * and is listed in charts.html after this file. render gets an empty element to fill and the context
 * { me: GET /api/me, county: the county federation the page is about (?county=CODE, else the caller's; null for a
 * user of no county federation, e.g. an industry union's manager) }.
 * Helpers: getJson(url) (the Tasklist session, errors as Error with the server's Chinese message), chart(parent, name,
 * option) (an ECharts instance in a new box, data-chart=name), figures(parent, [[label, value], …]), table(parent,
 * headers, rows) and text(tag, text).
 */
window.GonghuiCharts = (function () {
  'use strict';
  var sections = [];
  var charts = [];

  function register(section) {
    sections.push(section);
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } }).then(function (response) {
      if (response.status === 401) {
        throw new Error('请先在本浏览器登录任务列表（Tasklist）或 Cockpit，再打开本页面。');
      }
      if (!response.ok) {
        return response.json().then(function (body) { throw new Error(body.message || ('请求失败：' + response.status)); },
          function () { throw new Error('请求失败：' + response.status); });
      }
      return response.json();
    });
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) { element.className = className; }
    return element;
  }

  function chart(parent, name, option) {
    var box = document.createElement('div');
    box.className = 'chart';
    box.setAttribute('data-chart', name);
    parent.appendChild(box);
    var instance = echarts.init(box);
    instance.setOption(option);
    charts.push(instance);
    return instance;
  }

  function figures(parent, pairs) {
    var row = document.createElement('div');
    row.className = 'figures';
    pairs.forEach(function (pair) {
      var box = document.createElement('div');
      box.className = 'figure';
      box.setAttribute('data-figure', pair[0]);
      box.appendChild(text('div', String(pair[1]), 'value'));
      box.appendChild(text('div', pair[0], 'label'));
      row.appendChild(box);
    });
    parent.appendChild(row);
  }

  function table(parent, headers, rows) {
    var element = document.createElement('table');
    element.className = 'list';
    var head = document.createElement('tr');
    headers.forEach(function (h) { head.appendChild(text('th', h)); });
    element.appendChild(head);
    rows.forEach(function (cells) {
      var tr = document.createElement('tr');
      cells.forEach(function (c) { tr.appendChild(text('td', c === null || c === undefined ? '' : String(c))); });
      element.appendChild(tr);
    });
    parent.appendChild(element);
  }

  function notice(message) {
    var element = document.getElementById('notice');
    element.hidden = false;
    element.textContent = message;
  }

  function clearCharts(container) {
    charts = charts.filter(function (instance) {
      if (container.contains(instance.getDom())) {
        instance.dispose();
        return false;
      }
      return true;
    });
  }

  function start() {
    getJson('/api/me').then(function (me) {
      var wanted = new URLSearchParams(window.location.search).get('county');
      var counties = me.units.filter(function (unit) { return unit.level === 'COUNTY_FEDERATION'; });
      // county: null for a user of no county federation (a section about a county's campaign says so itself)
      var context = { me: me, county: wanted || (counties.length ? counties[0].code : null) };
      var nav = document.getElementById('sections');
      var content = document.getElementById('content');
      sections.forEach(function (section) {
        var link = text('a', section.title);
        link.href = '#' + section.id;
        nav.appendChild(link);
        var element = document.createElement('section');
        element.className = 'process';
        element.id = section.id;
        element.appendChild(text('h2', section.title));
        var body = document.createElement('div');
        element.appendChild(body);
        content.appendChild(element);
        Promise.resolve()
          .then(function () { return section.render(body, context); })
          .catch(function (error) { body.appendChild(text('p', error.message, 'notice')); });
      });
      // charts.html#two-visits opens at that process's section
      var wantedSection = window.location.hash ? document.getElementById(window.location.hash.substring(1)) : null;
      if (wantedSection) { wantedSection.scrollIntoView(); }
    }).catch(function (error) { notice(error.message); });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }

  return { register: register, getJson: getJson, chart: chart, figures: figures, table: table, text: text,
    clearCharts: clearCharts, start: start };
})();
