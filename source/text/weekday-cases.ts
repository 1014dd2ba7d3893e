// Weekday names in the cases a date puts them in, for the languages whose CLDR weekday names
// are the nominative only (Finnish's essive, elative and illative too). A Polish, Czech, Slovak, Croatian or Slovene news text names a day
// after a preposition, in the accusative ("w środę", "ve středu", "v stredu", "u srijedu",
// "v sredo": on Wednesday), the genitive ("od środy", "do středy": since, until Wednesday) or
// the instrumental ("przed środą", "před středou": before Wednesday), never in the nominative
// CLDR gives ("środa", "středa"). The forms are the singular declension tables of each word in
// the grammars of these languages (as Wiktionary's tables list them: Polish "środa" → środę,
// środy, środą, środzie); the masculine days whose accusative is the nominative ("wtorek",
// "čtvrtek", "petak") add their genitive and instrumental only.
//
// Left out where a form is another common word: Slovak "strede" (in the centre, locative of
// "stred"). Czech "středu" is also the dative and locative of "střed" (centre: "ve středu města",
// in the city centre); it is kept, as "ve středu" (on Wednesday) is the form every Czech text
// dates by, and a centre changed into another word is rare.

/** Inflected weekday forms by language (BCP 47 primary subtag), one string per day (Monday first), space-separated, lower case. */
const casesByLanguage: Readonly<Record<string, readonly string[]>> = {
	pl: [
		'poniedziałku poniedziałkiem',
		'wtorku wtorkiem',
		'środę środy środą środzie',
		'czwartku czwartkiem',
		'piątku piątkiem',
		'sobotę soboty sobotą sobocie',
		'niedzielę niedzieli niedzielą',
	],
	cs: [
		'pondělím',
		'úterým',
		'středu středy středou středě',
		'čtvrtka čtvrtkem čtvrtku',
		'pátku pátkem',
		'sobotu soboty sobotou sobotě',
		'neděli nedělí',
	],
	sk: [
		'pondelka pondelkom pondelku',
		'utorka utorkom utorku',
		'stredu stredy stredou',
		'štvrtka štvrtkom štvrtku',
		'piatka piatkom piatku',
		'sobotu soboty sobotou sobote',
		'nedeľu nedele nedeľou',
	],
	hr: [
		'ponedjeljka ponedjeljkom',
		'utorka utorkom',
		'srijedu srijede srijedom',
		'četvrtka četvrtkom',
		'petka petkom',
		'subotu subote subotom',
		'nedjelju nedjelje nedjeljom',
	],
	sl: [
		'ponedeljka ponedeljkom',
		'torka torkom',
		// Not "sredi": far more often the preposition "amid, in the middle of" ("sredi Ljubljane", "sredi leta") than Wednesday's locative (review12 R11).
		'sredo srede',
		'četrtka četrtkom',
		'petka petkom',
		'soboto sobote soboti',
		'nedeljo nedelje nedelji',
	],
	// Finnish dates a sentence by the essive ("tiistaina", on Tuesday), and reads "from" and "until" a day in the elative
	// and illative ("tiistaista", "tiistaihin"): each stem with the three endings (breaker13 M34).
	fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'].map(stem => `${stem}na ${stem}sta ${stem}hin`),
};

// Bosnian and Serbian in Latin letters write the days as Croatian does (ijekavian; Serbian's ekavian "sreda" is Slovene's "sreda" form too).
const aliases: Readonly<Record<string, string>> = {bs: 'hr', sr: 'hr'};

/**
 * The inflected weekday forms of `language` (a BCP 47 tag; its primary subtag is read) as
 * [form, weekday] pairs, weekday 1 Monday – 7 Sunday: "środę" → 3. Empty for a language with
 * none listed (CLDR's nominative names are then all there is).
 */
export const weekdayCases = (language: string): ReadonlyArray<readonly [string, number]> => {
	const primary = language.toLowerCase().split(/[-_]/u)[0]!;
	const days = casesByLanguage[aliases[primary] ?? primary];
	if (!days) return [];
	return days.flatMap((forms, index) => forms.split(' ').map(form => [form, index + 1] as const));
};
