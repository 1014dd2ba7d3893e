import type {LineFeatures} from './features.js';

// Chrome written as a full sentence: sign-up, subscription, app, donation and
// cookie prompts are prose by every shallow measure (long, full stops, plenty
// of stopwords) but they speak to the reader about the site, not about the
// news. Two kinds of evidence together mark them: the sentence addresses the
// reader ("you", "your", "vous", "Sie", "du" …) and it uses at least two
// words of the site's machinery (newsletter, subscribe, inbox, app, download,
// cookies, donation …). An article sentence may have one or the other
// ("Residents can download the form"), rarely both twice over.

/** Second-person address, lower-cased words (German "Sie/Ihr" are tested on the case-kept line). */
const addressWords = new Set([
	'you', 'your', 'yours', "you're", "you'll", 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'euer', 'eure',
	'usted', 'ustedes', 'tus', 'te', 'você', 'vocês', 'seu', 'sua', 'twój', 'twoja', 'twoje', 'ciebie', 'tobie', 'wy', 'вы', 'вас', 'вам', 'ваш', 'ваша', 'ваше', 'ты', 'твой', 'voi', 'vostro', 'vostra', 'jij', 'jouw', 'uw',
]);
const formalGerman = /(?:^|[^\p{L}])(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)(?![\p{L}])/u;

/** Words of a site's machinery, as prefixes of lower-cased words. */
const cuePrefixes = [
	'newsletter', 'subscri', 'inbox', 'sign-up', 'signup', 'download', 'app', 'apps', 'cookie', 'browser', 'browsing', 'donat', 'paywall', 'adblock', 'ad-block', 'login', 'notification', 'unsubscri', 'premium', 'membership', 'journalism',
	'consent', 'privacy', 'tracking',
	'einwillig', 'datenschutz', 'abonn', 'abo', 'postfach', 'herunterladen', 'registrier', 'spende', 'werbeblocker', 'benachrichtigung',
	'inscri', 'télécharg', 'courriel', 'soutenez', 'soutenir',
	'suscrib', 'suscrip', 'boletín', 'descarg', 'regístr', 'aplicación',
	'iscriviti', 'scarica', 'assine', 'baixe', 'zapisz', 'subskryb', 'pobierz', 'aplikacj', 'wesprzyj',
	'подпис', 'рассылк', 'скачай', 'приложени',
];
/** Two-word cues: "sign up", "support us", "log in", "e-mail address". */
const cuePhrases = /\b(?:sign up|sign in|log in|support us|supporting us|follow us|our (?:site|website)|this (?:site|website)|e-?mail address|unlimited access|melden sie sich|unterstützen sie|unser(?:e|er|em|en)? (?:websites?|webseiten?|seiten?|domain)|diese[rs]? (?:website|webseite)|soutenez-nous|notre site|ce site|nuestr[oa] (?:sitio|web|página)|este sitio|nostro sito|questo sito|apoya(?:nos)?)\b/gu;

/** The first three letters of every cue: most words are ruled out by one lookup. */
const cueHeads = new Set(cuePrefixes.map((prefix) => prefix.slice(0, 3)));

/** Whether a word is a machinery cue (cuePrefixes). */
const isCue = (word: string): boolean => cueHeads.has(word.slice(0, 3)) && cuePrefixes.some((prefix) => word.startsWith(prefix) && (prefix.length >= 4 || word === prefix));

/**
 * How many machinery cues a line has (phrases count once each; a word counts once: as over the
 * set of the line's words, but a set is made only for a line with two different cue words).
 */
const cueCount = (f: LineFeatures): number => {
	let count = (f.norm.match(cuePhrases) ?? []).length;
	let first: string | undefined;
	let seen: Set<string> | undefined;
	for (const word of f.words) {
		if (!isCue(word) || word === first) continue;
		if (first === undefined) {
			first = word;
		} else {
			seen ??= new Set([first]);
			if (seen.has(word)) continue;
			seen.add(word);
		}

		count++;
	}

	return count;
};

/** Imperatives that open a prompt ("Subscribe today …", "Jetzt abonnieren …"). */
const imperativeOpening = /^(?:subscribe|sign up|download|join|register|donate|support|follow|get|try|click|tap|install|become|abonniere|abonnez|inscrivez|téléchargez|soutenez|suscríbete|descarga|regístrate|apoya|iscriviti|scarica|assine|baixe|zapisz|pobierz|wesprzyj|подпишитесь|скачайте|поддержите)\b/u;

/**
 * Per line: its machinery cues when it addresses the reader, -1 when it does not. The firm
 * pass and the fitted decision's features both ask, so each line is read once (the answer
 * is kept in the features, f.readerCues).
 */
const readerCues = (f: LineFeatures): number => {
	let cues = f.readerCues;
	if (cues === undefined) {
		const addressed = imperativeOpening.test(f.norm) || f.words.some((word) => addressWords.has(word)) || ((f.plain.includes('Sie') || f.plain.includes('Ihr') || f.plain.includes('Ihn')) && formalGerman.test(f.plain));
		cues = addressed ? cueCount(f) : -1;
		f.readerCues = cues;
	}

	return cues;
};

/** Whether the line addresses the reader: in the second person, or opening with an imperative. */
export const addressesReader = (f: LineFeatures): boolean => readerCues(f) !== -1;

/** Machinery cues of a line addressed to the reader (0 when it is not addressed to the reader). */
export const callToActionCues = (f: LineFeatures): number => Math.max(0, readerCues(f));

/** Longer than this, a paragraph is article text whatever it says to the reader. */
const maximumWords = 60;

/**
 * A consent dialog printed as one paragraph (cookie banners of consent managers)
 * may run longer; up to this many words it is chrome when it speaks of cookies
 * and has at least `consentCues` machinery cues.
 */
const consentMaximumWords = 160;
const consentCues = 4;

/** A prompt to the reader about the site itself: addressed to them, with at least two machinery cues (a cookie-consent paragraph: longer, with more cues). */
export const isCallToAction = (f: LineFeatures): boolean => {
	if (f.size < 4 || f.size > consentMaximumWords) return false;
	const cues = callToActionCues(f);
	return f.size <= maximumWords ? cues >= 2 : cues >= consentCues && f.words.some((word) => word.startsWith('cookie'));
};
