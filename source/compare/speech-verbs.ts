// Verbs of speech that follow a sentence's subject, per language, in the third
// person singular (past and present): "Scholz sagte", "Macron a déclaré",
// "Sánchez dijo", "Meloni ha detto", "Tusk powiedział". A one-word capitalised
// opener before one names who spoke. Singular forms only: a bare plural noun
// opens a sentence in every language ("Experten sagten", "Analysts said" is
// English's own plural check, facts.ts), a singular common noun takes its
// article ("Die Regierung sagte", "Le gouvernement a déclaré"). Languages
// without articles (Polish, Russian, …) are left out: there a bare noun or an
// adverb opens a sentence before the verb as a name does ("Następnie
// powiedział", "Policja powiedziała"), and only a mention of the name inside a
// sentence says it is one (facts.ts openerSwaps' evidence). The caller also
// drops an opener the language's stopword list holds ("Danach sagte er",
// "Luego dijo": an adverb before the verb, its subject after it or dropped).
// Lists written from the languages' grammars (compound pasts with their
// auxiliary); a closed class, not fitted.

type SpeechVerbs = {verbs: ReadonlySet<string>; auxiliaries?: ReadonlySet<string>};

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const byLanguage: Readonly<Record<string, SpeechVerbs>> = {
	en: {verbs: set('said says told tells announced announces added stated warned warns confirmed confirms denied denies reported reports insisted claimed claims argued noted wrote writes tweeted posted replied responded')},
	de: {verbs: set('sagte sagt erklärte erklärt betonte betont warnte warnt bestätigte bestätigt schrieb schreibt meinte meint ergänzte ergänzt kritisierte kritisiert forderte fordert kündigte kündigt teilte teilt räumte räumt')},
	fr: {
		verbs: set('déclare affirme annonce indique estime assure explique ajoute précise souligne confirme dément écrit dit déclara affirma annonça indiqua expliqua ajouta précisa déclaré affirmé annoncé indiqué estimé assuré expliqué ajouté précisé souligné confirmé démenti'),
		auxiliaries: set('a'),
	},
	es: {
		verbs: set('dijo afirmó declaró aseguró señaló anunció explicó añadió indicó confirmó advirtió escribió dice afirma declara asegura señala explica añade dicho afirmado declarado asegurado señalado anunciado explicado añadido'),
		auxiliaries: set('ha'),
	},
	it: {
		verbs: set('dice afferma dichiara spiega aggiunge sottolinea annuncia scrive disse dichiarò affermò spiegò aggiunse detto dichiarato affermato annunciato spiegato aggiunto sottolineato confermato scritto'),
		auxiliaries: set('ha'),
	},
	pt: {verbs: set('disse afirmou declarou anunciou explicou acrescentou confirmou escreveu diz afirma declara explica')},
	nl: {verbs: set('zei zegt verklaarde verklaart schreef schrijft meldde meldt benadrukte benadrukt waarschuwde waarschuwt bevestigde bevestigt')},
	sv: {verbs: set('sa sade säger skriver skrev uppger uppgav')},
	da: {verbs: set('sagde siger skriver skrev oplyser oplyste')},
	no: {verbs: set('sa sier skriver skrev opplyser opplyste')},
	nb: {verbs: set('sa sier skriver skrev opplyser opplyste')},
};

/** The lower-case words that start `text` (after white space on its line): at most two. */
const leadingWords = /^[^\S\n]+(\p{Ll}+)(?:[^\S\n]+(\p{Ll}+))?/u;

/**
 * Whether the words right after a sentence's opener (`after`: the text from the opener's end) are a verb of speech in
 * the third person singular of `language` (an ISO 639-1 code; none for other languages), its auxiliary first where the
 * language builds its past so ("a déclaré", "ha detto"). Reads the first 40 characters.
 */
export function speechVerbFollows(after: string, language: string): boolean {
	const verbs = byLanguage[language];
	if (!verbs) return false;
	const match = leadingWords.exec(after.slice(0, 40));
	if (!match) return false;
	const [, first, second] = match;
	if (verbs.verbs.has(first!)) return true;
	return second !== undefined && verbs.auxiliaries?.has(first!) === true && verbs.verbs.has(second);
}

/** English's verbs of speech (speakerOf in facts.ts reads them before and after a name). */
export const englishSpeechVerbs = byLanguage['en']!.verbs;
