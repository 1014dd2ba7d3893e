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
// sentence says it is one (facts.ts openerSwaps' evidence). The Scandinavian
// languages are left out too: their definite article is a suffix, so "Polisen
// uppger" (the police say) opens a sentence as "Andersson uppger" does (review13
// R15). A personal pronoun right after the verb ("Danach sagte er") says the
// opener is no speaker; an article does not, as it opens objects too ("Müller
// sagte der Deutschen Presse-Agentur"), so "Zudem erklärte die Ministerin" →
// "Ferner erklärte …" still reads as speakers (breaker13b N13, open). The caller also
// drops an opener the language's stopword list holds ("Danach sagte er",
// "Luego dijo": an adverb before the verb, its subject after it or dropped).
// Lists written from the languages' grammars (compound pasts with their
// auxiliary); a closed class, not fitted.

type SpeechVerbs = {
	verbs: ReadonlySet<string>;
	auxiliaries?: ReadonlySet<string>;
	/** A personal pronoun: right after the verb it is the sentence's subject, so the opener is not ("Danach sagte er"). Articles are not read: they open objects as well ("Müller sagte der Deutschen Presse-Agentur": review13b S1). */
	subjectAfter?: RegExp;
};

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const byLanguage: Readonly<Record<string, SpeechVerbs>> = {
	en: {verbs: set('said says told tells announced announces added stated warned warns confirmed confirms denied denies reported reports insisted claimed claims argued noted wrote writes tweeted posted replied responded')},
	de: {verbs: set('sagte sagt erklärte erklärt betonte betont warnte warnt bestätigte bestätigt schrieb schreibt meinte meint ergänzte ergänzt kritisierte kritisiert forderte fordert kündigte kündigt teilte teilt räumte räumt'), subjectAfter: /^(?:er|sie|es|man|wir|ich)(?![\p{L}])/u},
	fr: {
		verbs: set('déclare affirme annonce indique estime assure explique ajoute précise souligne confirme dément écrit dit déclara affirma annonça indiqua expliqua ajouta précisa déclaré affirmé annoncé indiqué estimé assuré expliqué ajouté précisé souligné confirmé démenti'),
		subjectAfter: /^(?:il|elle|on|ils|elles)(?![\p{L}])/u,
		auxiliaries: set('a'),
	},
	es: {
		verbs: set('dijo afirmó declaró aseguró señaló anunció explicó añadió indicó confirmó advirtió escribió dice afirma declara asegura señala explica añade dicho afirmado declarado asegurado señalado anunciado explicado añadido'),
		subjectAfter: /^(?:él|ella|ellos|ellas)(?![\p{L}])/u,
		auxiliaries: set('ha'),
	},
	it: {
		verbs: set('dice afferma dichiara spiega aggiunge sottolinea annuncia scrive disse dichiarò affermò spiegò aggiunse detto dichiarato affermato annunciato spiegato aggiunto sottolineato confermato scritto'),
		subjectAfter: /^(?:lui|lei|egli|ella)(?![\p{L}])/u,
		auxiliaries: set('ha'),
	},
	pt: {verbs: set('disse afirmou declarou anunciou explicou acrescentou confirmou escreveu diz afirma declara explica'), subjectAfter: /^(?:ele|ela|eles|elas)(?![\p{L}])/u},
	nl: {verbs: set('zei zegt verklaarde verklaart schreef schrijft meldde meldt benadrukte benadrukt waarschuwde waarschuwt bevestigde bevestigt'), subjectAfter: /^(?:hij|zij|ze|men|wij|we|ik)(?![\p{L}])/u},
};

/** The lower-case words that start `text` (after white space on its line): at most two. */
const leadingWords = /^[^\S\n]+(\p{Ll}+)(?:[^\S\n]+(\p{Ll}+))?/u;

/**
 * Whether the words right after a sentence's opener (`after`: the text from the opener's end) are a verb of speech in
 * the third person singular of `language` (an ISO 639-1 code; none for other languages), its auxiliary first where the
 * language builds its past so ("a déclaré", "ha detto"), and no personal pronoun right after it (subjectAfter: "Danach
 * sagte er", where the opener is an adverb). Reads the first 60 characters.
 */
export function speechVerbFollows(after: string, language: string): boolean {
	const verbs = byLanguage[language];
	if (!verbs) return false;
	const head = after.slice(0, 60);
	const match = leadingWords.exec(head);
	if (!match) return false;
	const [, first, second] = match;
	// What follows the verb (one word, or the auxiliary and its participle): a subject there says the opener is none.
	const subjectAfter = (verbEnd: number) => verbs.subjectAfter?.test(head.slice(verbEnd).trimStart()) === true;
	const firstEnd = head.indexOf(first!) + first!.length;
	if (verbs.verbs.has(first!)) return !subjectAfter(firstEnd);
	if (second === undefined || verbs.auxiliaries?.has(first!) !== true || !verbs.verbs.has(second)) return false;
	return !subjectAfter(head.indexOf(second, firstEnd) + second.length);
}

/** English's verbs of speech (speakerOf in facts.ts reads them before and after a name). */
export const englishSpeechVerbs = byLanguage['en']!.verbs;
