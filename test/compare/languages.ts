import test from 'ava';
import {languagesApart, languagesNote} from '../../source/compare/languages.js';

const of = (language: string) => ({labels: {language}});

test('languagesApart: both languages known and different, else undefined (an unknown language is no difference)', t => {
	t.deepEqual(languagesApart(of('en'), of('de')), {left: 'en', right: 'de'});
	t.is(languagesApart(of('en'), of('en')), undefined);
	t.is(languagesApart(of('en'), of('und')), undefined);
	t.is(languagesApart(of('und'), of('fr')), undefined);
	t.is(languagesNote({left: 'fr', right: 'en'}), 'different languages (fr, en): copydesk compares words, not translations');
});
