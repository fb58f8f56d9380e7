/*
 * gonghui-bpm: date fields of Camunda Forms show yyyy-MM-dd (2025-03-07) whatever the browser language.
 *
 * form-js (the Camunda Forms renderer in Tasklist 7.24) has no date-format setting: its date picker takes
 * the display format, the typing format and the placeholder from
 *     new Intl.DateTimeFormat('default').formatToParts(…)
 * that is, from the browser's language (mm/dd/yyyy in an English browser, yyyy/m/d in a Chinese one).
 * The web apps are Chinese for everybody (config.js, locales), so the forms should not depend on the
 * browser either. This module answers exactly that call (locale 'default', no options) with a Chinese
 * numeric date with two-digit month and day and ISO separators: form-js then shows and parses
 * yyyy-MM-dd (flatpickr format "Y-m-d"). Every other use of Intl.DateTimeFormat is passed through.
 * The value a form submits is an ISO date in any case; only what the clerk sees and types changes.
 *
 * It also gives the date picker (flatpickr, loaded with the forms) Chinese month and weekday names.
 * See docs/webapps-i18n.md.
 */
const NativeDateTimeFormat = Intl.DateTimeFormat;
const DATE_ONLY = { year: 'numeric', month: '2-digit', day: '2-digit' };

function isoDateFormat() {
  const format = new NativeDateTimeFormat('zh-CN', DATE_ONLY);
  const nativeParts = format.formatToParts.bind(format);
  const parts = date => nativeParts(date).map(part => (part.type === 'literal' ? { type: 'literal', value: '-' } : part));
  Object.defineProperty(format, 'formatToParts', { value: parts });
  Object.defineProperty(format, 'format', { value: date => parts(date).map(part => part.value).join('') });
  return format;
}

function GonghuiDateTimeFormat(locales, options) {
  if (locales === 'default' && options === undefined) {
    return isoDateFormat();
  }
  return new NativeDateTimeFormat(locales, options);
}
GonghuiDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
GonghuiDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = GonghuiDateTimeFormat;

const CHINESE_CALENDAR = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时制',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true,
  ordinal: () => ''
};

// flatpickr puts itself on window when form-js is first loaded, after this module ran.
function localize(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function') {
    flatpickr.localize(CHINESE_CALENDAR);
  }
}
if (window.flatpickr) {
  localize(window.flatpickr);
} else {
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: () => loaded,
    set: value => {
      loaded = value;
      localize(value);
    }
  });
}
