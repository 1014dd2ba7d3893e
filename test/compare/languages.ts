import test from 'ava';
import type {ComparedArticle} from '../../source/compare/compare-articles.js';
import {languagesApart} from '../../source/compare/compare-articles.js';
import {languagesNote} from '../../source/compare/languages.js';

const of = (language: string, text = ''): ComparedArticle => ({text, labels: {lines: [], language, meta: {}, boilerplateShare: 0}});
const english = 'The council said on Tuesday that the new tram line would open next spring, and that its costs had risen again since the plan was made.';
const german = 'Der Stadtrat sagte am Dienstag, dass die neue Straßenbahnlinie im nächsten Frühjahr eröffnet werde und dass die Kosten erneut gestiegen seien.';

test('languagesApart: both languages known and clearly different, else undefined (an unknown language is no difference)', t => {
	t.deepEqual(languagesApart(of('en', english), of('de', german)), {left: 'en', right: 'de'});
	t.is(languagesApart(of('en', english), of('en', english)), undefined);
	t.is(languagesApart(of('en', english), of('und', german)), undefined);
	t.is(languagesApart(of('und', english), of('fr', german)), undefined);
	t.is(languagesNote({left: 'fr', right: 'en'}), 'different languages (fr, en): copydesk compares words, not translations');
});

test('languagesApart: a side whose words the other side\'s list covers about as well as its own is no second language (a near tie of two lists)', t => {
	// English words labelled Dutch (as a tie of two lists labels a short text): English's list covers them far better than Dutch's.
	t.is(languagesApart(of('en', english), of('nl', english.replace('Tuesday', 'Wednesday'))), undefined);
});
