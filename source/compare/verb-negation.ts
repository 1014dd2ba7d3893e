/**
 * Negation written inside the verb, for a language that negates most clauses so and has no free negator to read
 * instead: Turkish, whose verbs take the negative suffix -mA (-me/-ma) after the stem and before tense and person
 * (Göksel & Kerslake, *Turkish: A Comprehensive Grammar*, 2005, §8.2.1 and ch. 21): "etmedi" (did not), "gelmiyor" (is
 * not coming), "etmeyecek" (will not), "alınamadı" (could not be: the abilitive -(y)AmA), "gelmemiş", and the negative
 * participles "katılmayan" (who did not take part), "gelmediğini" (that he did not come).
 *
 * Read by the suffix and the tense after it, in the forms vowel harmony allows (-medi/-madı, -miyor/-mıyor/-muyor/
 * -müyor, -meyecek/-mayacak, -memiş/-mamış, -meyen/-mayan, -mediğ/-madığ), after a stem of at least two letters.
 * Not read: the aorist -mez/-maz (a surname, "Yılmaz", and adjectives, "vazgeçilmez", end so), the converb -meden
 * ("without"), and a loanword ending alike ("komedi").
 */
const turkishNegatedVerb = /^\p{L}{2,}(?:medi|madı|m[ıiuü]yor|meyece[kğ]|mayaca[kğ]|memiş|mamış|meyen|mayan|mediğ|madığ)\p{L}*$/u;

/**
 * Turkish words that end like a negated verb and are none: loanwords ("komedi") and stems ending in -mad/-med: "damat"
 * (son-in-law, "Cumhurbaşkanının damadı", a stock phrase of political copy: review13 R7), and names ("Ahmedi",
 * "Muhammedi", "Samedi", "Mehmedi").
 */
const turkishExceptions = /^(?:komedi|trajikomedi|damad|ahmed|muhammed|samed|mehmed)/u;

/** Whether `word` (lower case) is a verb negated by its suffix in `language` (Turkish only; false for every other language). */
export const negatedVerb = (word: string, language: string): boolean => language === 'tr' && turkishNegatedVerb.test(word) && !turkishExceptions.test(word);
