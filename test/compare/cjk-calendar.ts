import test from 'ava';
import {compareTexts} from '../../source/compare/compare.js';
import {cjkOrdinalsOf, cjkWeekdaysOf} from '../../source/compare/cjk-calendar.js';

const chinese = (sentence: string) => `市政府发布报告\n\n市政府今天上午发布了关于北方各省形势的每周报告。\n\n${sentence}\n\n救援机构表示，他们正在为未来几天和几周的进一步运送做准备。\n`;
const japanese = (sentence: string) => `市が報告を発表\n\n市は今朝、北部地域の状況に関する週報を発表した。\n\n${sentence}\n\n支援団体は、今後数日から数週間にわたり追加の物資を届ける準備を進めていると述べた。\n`;
const between = (frame: (sentence: string) => string, language: string, a: string, b: string) => {
	const comparison = compareTexts(frame(a), frame(b), {language});
	return {facts: comparison.facts!.map(fact => `${fact.kind}:${fact.left}→${fact.right}`), relation: comparison.relation};
};

test('a Chinese or Japanese weekday is a date: "周一" → "周二", "月曜日" → "火曜日" are changed dates and the copy is edited (breaker12 K24)', t => {
	t.deepEqual(between(chinese, 'zh', '市长周一在市政厅举行记者会，宣布了新的救援措施。', '市长周二在市政厅举行记者会，宣布了新的救援措施。'), {facts: ['date:周一→周二'], relation: 'edited'});
	t.deepEqual(between(chinese, 'zh', '市长星期三在市政厅举行记者会，宣布了新的救援措施。', '市长星期五在市政厅举行记者会，宣布了新的救援措施。').facts, ['date:星期三→星期五']);
	t.deepEqual(between(japanese, 'ja', '市長は月曜日、市役所で記者会見を開き、新たな支援策を発表した。', '市長は火曜日、市役所で記者会見を開き、新たな支援策を発表した。'), {facts: ['date:月曜日→火曜日'], relation: 'edited'});
	// One day written two ways is one date.
	t.deepEqual(between(chinese, 'zh', '市长周一在市政厅举行记者会，宣布了新的救援措施。', '市长星期一在市政厅举行记者会，宣布了新的救援措施。').facts, []);
});

test('a Chinese or Japanese ordinal with 第 is a number by its rank: "第三季度" → "第四季度" is a changed figure (breaker12 K24)', t => {
	t.deepEqual(between(chinese, 'zh', '报告指出，第三季度经济增长保持稳定。', '报告指出，第四季度经济增长保持稳定。'), {facts: ['number:第三→第四'], relation: 'edited'});
	t.deepEqual(between(chinese, 'zh', '报告指出，第十二届会议将在北京举行。', '报告指出，第二十一届会议将在北京举行。').facts, ['number:第十二→第二十一']);
	t.deepEqual(cjkOrdinalsOf('第三季度和第十二届、第3四半期').map(ordinal => [ordinal.text, ordinal.key]), [['第三', '=3'], ['第十二', '=12'], ['第3', '=3']]);
});

test('周 as "week" or "around" is no weekday: "每周三次", "两周二十天", "四周一片"', t => {
	t.deepEqual(cjkWeekdaysOf('他每周三次去医院，两周二十天，四周一片漆黑。'), []);
	t.deepEqual(cjkWeekdaysOf('上周一和下周日，星期天，礼拜六，土曜に').map(day => [day.text, day.key]), [['周一', 'weekday:1'], ['周日', 'weekday:7'], ['星期天', 'weekday:7'], ['礼拜六', 'weekday:6'], ['土曜', 'weekday:6']]);
});

test('日曜大工 (DIY) is no weekday; 周一 is one after a time word, before a date\'s neighbour, and after a subject before its verb (review12 R23, review13 R13)', t => {
	t.deepEqual(cjkWeekdaysOf('彼は日曜大工が好きだ。'), []);
	t.deepEqual(cjkWeekdaysOf('公司将于周一宣布，本周三开会，周五下午，周二。').map(day => day.text), ['周一', '周三', '周五', '周二']);
	t.deepEqual(cjkWeekdaysOf('日曜に').map(day => day.key), ['weekday:7']);
	// Wire copy writes the day after its subject and before the verb: Monday → Tuesday is a changed date.
	t.deepEqual(between(chinese, 'zh', '外交部发言人周一表示，中方将派代表团出席会议。', '外交部发言人周二表示，中方将派代表团出席会议。').facts.filter(fact => fact.startsWith('date:')), ['date:周一→周二']);
});

test('Japanese notations of one day are one date: "第三四半期" = "第3四半期" (the third quarter), "月曜日" = "（月）" (breaker12b L18)', t => {
	t.deepEqual(between(japanese, 'ja', '第三四半期の利益が増えたと発表した。', '第3四半期の利益が増えたと発表した。').facts, []);
	t.deepEqual(between(japanese, 'ja', '会社は3日月曜日に発表した。', '会社は3日（月）に発表した。').facts, []);
	t.deepEqual(between(japanese, 'ja', '会社は3日月曜日に発表した。', '会社は3日（火）に発表した。').facts, ['date:月曜日→（火）']);
	t.deepEqual(cjkOrdinalsOf('第三四半期').map(ordinal => [ordinal.text, ordinal.key]), [['第三', '=3']]);
});

test('a numeral before 周 counts weeks: "两周一直下雨" (two weeks straight) is no Monday (review13b S5)', t => {
	t.deepEqual(cjkWeekdaysOf('当地已经两周一直下雨。'), []);
});

test('a bracketed 月 or 日 is a weekday only right after a day of the month: "8万円（月）" is per month, "日本（日）" Japan (review13 R17)', t => {
	t.deepEqual(cjkWeekdaysOf('家賃は8万円（月）で、米国（米）と日本（日）の代表が会った。'), []);
	t.deepEqual(cjkWeekdaysOf('3日（月）と3/4（火）、１０日 (水)').map(day => day.key), ['weekday:1', 'weekday:2', 'weekday:3']);
	t.deepEqual(between(japanese, 'ja', '会社によると、家賃は8万円（月）で、契約は2年間だという。', '会社によると、家賃は8万円（税込）で、契約は2年間だという。').facts.filter(fact => fact.startsWith('date:')), []);
});

test('a myriad scale and the figure right after it are one number: "1万2000" is 12,000, "3亿5000万元" 350 million yuan (breaker13 M39)', t => {
	t.deepEqual(between(japanese, 'ja', '参加者は1万2000人だったという。', '参加者は12000人だったという。').facts, []);
	t.deepEqual(between(japanese, 'ja', '参加者は1万2000人だったという。', '参加者は1万3000人だったという。').facts, ['number:1万2000→1万3000']);
	t.deepEqual(between(chinese, 'zh', '报告指出，损失达3亿5000万元。', '报告指出，损失达3亿6000万元。').facts, ['number:3亿5000万元→3亿6000万元']);
});
