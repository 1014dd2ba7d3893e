// A hyphen after a prefix is usually spelling ("e-mail" / "email", "co-operate"
// / "cooperate"), but for a closed set of English words it is the word: the
// style guides hyphenate "re-" (and a few other prefixes) exactly where the
// closed form is another word — "re-sign" (sign again) / "resign" (quit),
// "re-form" / "reform", "re-cover" / "recover" (AP Stylebook, "re-": "use a
// hyphen for words that would otherwise be confused"; Chicago Manual of Style,
// 17th ed., 7.89, "re": "re-cover", "re-creation", "re-form", "re-sign").

/**
 * Closed forms (lower case) that are other words than their hyphenated form: the AP and Chicago examples, and the
 * other "re-" pairs of the same kind in common news use ("re-create", "re-tire", "re-fuse" (fuse again) / "refuse",
 * "re-pair" / "repair", "re-strain" / "restrain", "re-cede" / "recede": breaker13b N46; not "re-count", which election copy
 * writes for "recount" in the same sense: review13 R8), "un-ionized" / "unionized", "co-op" / "coop",
 * "pre-position" / "preposition", "multi-ply" / "multiply".
 */
const homographs: ReadonlySet<string> = new Set(
	(
		'resign resigned resigning resigns reform reformed reforming reforms recover recovered recovering recovers recovery ' +
		'repress repressed repressing retreat retreated retreating retreats release released releases releasing remark remarked remarks ' +
		'reserve reserved reserves resort resorted resorts recreate recreated recreating recreation retire retired retiring retires recollect recollected recollection ' +
		'represent represented representing represents resolve resolved resent resound resounding repose relay relayed restore restored ' +
		'reside reserved refund react reacted redress refuse refused refuses refusing repair repaired repairs repairing ' +
		'restrain restrained restraining restrains recede receded recedes receding unionized unionised coop preposition multiply'
	).split(' '),
);

/**
 * Whether writing a word with or without its hyphen changes the word: `joined` (its letters, lower case, without the
 * hyphen) is one of the closed forms above. Then a hyphen between its parts is no spelling: "agreed to re-sign" /
 * "agreed to resign" is a change, not a trivial equal.
 */
export const hyphenChangesWord = (joined: string): boolean => homographs.has(joined);
