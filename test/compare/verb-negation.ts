import test from 'ava';
import {negatedVerb} from '../../source/compare/verb-negation.js';

test('Turkish verbs negated by -me/-ma are read in each tense; words that only end alike, and other languages, are not (breaker12b L17; “damadı” and names in -medi: review13 R7)', t => {
	for (const word of ['etmedi', 'gelmedi', 'yapmadı', 'etmediler', 'gelmiyor', 'okumuyor', 'görmüyor', 'etmeyecek', 'yapmayacak', 'yapmayacağını', 'alınamadı', 'gelemedi', 'gelmemiş', 'yapmamış', 'katılmayan', 'gelmeyen', 'gelmediğini', 'yapmadığı']) t.true(negatedVerb(word, 'tr'), word);
	for (const word of ['etti', 'gelecek', 'edecek', 'alınabildi', 'etmek', 'etmeli', 'etmesi', 'komedi', 'komedinin', 'madde', 'maddi', 'akademide', 'ekonomide', 'yılmaz', 'medya', 'adamdı', 'damadı', 'damadının', 'ahmedi', 'muhammedi', 'samedi', 'mehmedi']) t.false(negatedVerb(word, 'tr'), word);
	t.false(negatedVerb('etmedi', 'en'));
});
