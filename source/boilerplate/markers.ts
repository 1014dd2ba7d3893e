import type {BoilerplateCategory} from './label.js';

// Cheap multilingual phrases that name page chrome outright. They are only
// a shortcut: unseen sites are caught by the structural and statistical
// evidence in classify.ts. Every pattern runs on a normalised line
// (normalize-line.ts: lower case, Markdown stripped, quotes folded) and is
// anchored, and each marker has a word limit, so a body sentence that merely
// mentions "comments" or "newsletter" is not matched.

export type Marker = {
	category: BoilerplateCategory;
	reason: string;
	pattern: RegExp;
	/** The line may have at most this many words. */
	maxWords: number;
	/** The marker may match a whole sentence (comment-form and cookie notices are sentences). */
	sentence?: boolean;
	/** Unanchored patterns: the line must contain one of these for the pattern to be tried (a cheap pre-test). */
	hints?: readonly string[];
	/** Chrome that ends the article: what follows it is not body unless it is clearly prose. */
	endsArticle?: boolean;
};

/**
 * `\\b` is ASCII-only even with the u flag. Each `\\b` becomes a one-sided
 * Unicode boundary: after a word character or group it ends a word, else it
 * starts one (cheaper than a two-sided lookaround on every position). The
 * lookaround is written `(?!\\p{L}|\\p{N})`, not `(?![\\p{L}\\p{N}])`: the same
 * characters, but V8 merges the two properties' ranges anew for every class it
 * parses, and the markers hold some fifty boundaries (2-3 ms of every start).
 */
export const withUnicodeBoundaries = (pattern: RegExp): RegExp =>
	new RegExp(pattern.source.replace(/(.?)\\b/gu, (_, before: string) => (/[\p{L}\p{N})?*+]/u.test(before) ? `${before}(?!\\p{L}|\\p{N})` : `${before}(?<!\\p{L}|\\p{N})`)), pattern.flags);

const rawMarkers: readonly Marker[] = [
	// Comment forms and counters.
	{category: 'comments', reason: 'comment form', maxWords: 6, endsArticle: true, pattern: /^(?:leave a (?:reply|comment)|lascia un commento|deixe (?:um comentário|uma resposta)|plaats een reactie|laat een reactie achter|post a comment|add a comment|write a comment|join the (?:discussion|conversation)|laisser un commentaire|laissez un commentaire|ajouter un commentaire|réagir|kommentar (?:schreiben|verfassen|hinterlassen)|schreibe einen kommentar|deja (?:una respuesta|un comentario)|dejar un comentario|escribe un comentario|оставить комментарий|оставьте комментарий|добавить комментарий|написать комментарий|发表评论|发表回复|留言|コメントを(?:残す|書く|投稿)|댓글 (?:달기|쓰기))\b[\s:.!-]*(?:(?:cancel reply|annuler la réponse|antworten abbrechen|antwort abbrechen|cancelar (?:la )?respuesta|annulla risposta|cancelar resposta|reactie annuleren)[\s:.!-]*)?$/u},
	{category: 'comments', reason: 'comment form', maxWords: 30, sentence: true, endsArticle: true, pattern: /^(?:your email address will not be published|required fields are marked|you must be (?:logged|signed) in to (?:post|leave) a comment|(?:du musst|sie müssen) angemeldet sein, um (?:einen kommentar|kommentare)|vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire|(?:debes|tienes que) (?:estar conectado|iniciar sesión|acceder) para (?:publicar|escribir|dejar) un comentario|devi (?:essere connesso|effettuare il login|fare il login) per (?:pubblicare|inviare|scrivere) un commento|você precisa (?:estar logado|fazer login) para (?:publicar|postar|enviar) um comentário|il tuo indirizzo email non sarà pubblicato|o seu endereço de e-mail não será publicado|je e-mailadres wordt niet gepubliceerd|save my name, email|votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée|les champs obligatoires sont indiqués|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind|tu dirección de correo electrónico no será publicada|los campos obligatorios están marcados|ваш адрес email не будет опубликован|ваш e-mail не будет опубликован|обязательные поля помечены|电子邮件地址不会被公开|メールアドレスが公開されることはありません)/u},
	{category: 'comments', reason: 'comment form', maxWords: 4, pattern: /^(?:name|email|e-mail|website|comment|nom|courriel|site web|commentaire|kommentar|webseite|nombre|correo electrónico|web|comentario|имя|сайт|комментарий|post comment|submit comment|cancel reply|publier le commentaire|kommentar abschicken|publicar el comentario|отправить комментарий)\s*\*?:?$/u},
	{category: 'comments', reason: 'comment counter', maxWords: 4, endsArticle: true, pattern: /^(?:\d+|no|one)\s+(?:comments?|responses?|replies|commentaires?|réponses|réactions?|kommentare?|antworten|comentarios?|comentários?|respuestas?|respostas?|commenti|risposte|reacties|komentarz(?:e|y)?|комментари(?:й|я|ев)|ответ(?:ов|а)?)$|^(?:comments?|commentaires?|kommentare?|comentarios?|comentários|commenti|reacties|komentarze|комментарии|коментарі|网友评论|读者评论|评论|コメント)\s*[(:]?\s*\d*\s*\)?$/u},
	// The heading of a comment thread: what follows is readers' comments ("40 Responses to “Title”", "12 thoughts on “Title”", Blogger's "5 comments:", Thesis' "{ 69 comments… read them below or add one }").
	{category: 'comments', reason: 'comment thread', maxWords: 30, endsArticle: true, pattern: /^\{?\s*(?:\d+|no|one)\s+(?:comments?|responses?|replies|thoughts|reactions?|kommentare?|commentaires?|réponses|comentarios?|commenti)(?:\s+(?:to|on|zu|sur|à|a|en|su)\s+".+"|\s*(?:\.\.\.|…)?\s*(?:read them below|add one)[^}]*|\s*(?:\.\.\.|…)?\s*|\s+so far)\s*[:}]\s*$|^(?:\d+|no|one)\s+(?:responses?|replies|thoughts|comments?)\s+(?:to|on)\s+".+"$/u},
	{category: 'comments', reason: 'comment form', maxWords: 6, pattern: /^(?:(?:show|view|see|read) (?:all )?comments|voir les commentaires|kommentare (?:anzeigen|lesen)|ver (?:los )?comentarios|показать комментарии|查看评论|log in to reply|login to reply|reply|antworten|répondre|responder|ответить|report|signaler|like|j'aime|gefällt mir|me gusta|нравится)\s*(?:\(\d+\))?$/u},
	// Share and social links.
	{category: 'share', reason: 'share links', maxWords: 12, pattern: /^(?:share(?: (?:this(?: page| post| story)?|on|via|the article|this article|article|story|page|post))?|save|bookmark|tweet|pin it|email this|print(?: this)?|partager(?: sur| cet article| l'article)?|imprimer|teilen|drucken|artikel teilen|compartir(?: en)?|imprimir|condividi(?: su| questo articolo| l'articolo)?|partilhe(?: este artigo)?|partilhar|copy link|copier le lien|link kopieren|copiar enlace|compartilhe|compartilhar|delen|deel(?: op| dit artikel| dit bericht| via)?|udostępnij(?: na| artykuł)?|(?:diesen )?artikel teilen|поделиться|распечатать|поділитися|分享(?:到)?|扫一扫分享|扫码分享|シェア(?:する)?|ツイート)\b(?:[\s:|/·•,-]*(?:facebook|facebooku|twitterze|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|mail|print|pinterest|vk|вконтакте|ok|одноклассники|weibo|wechat|微博|微信|qq(?:空间)?|qzone|豆瓣|line|copy link|copier le lien|link kopieren|copiar enlace|копировать ссылку|pin it|tweet|share))*[\s:|/·•,-]*$/u},
	{category: 'share', reason: 'social links', maxWords: 12, pattern: /^(?:(?:(?:share|tweet|post|pin|send|partager|teilen|compartir|condividi|compartilhar|partilhar|delen|udostępnij|поделиться|分享)(?: (?:it |this )?(?:on|via|to|with|sur|par|auf|per|en|por|su|em|no|na|op|w|в))?\s+)?(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|pinterest|vk|вконтакте|instagram|youtube|tiktok|weibo|wechat|微博|微信|line|flipboard|messenger|copy link)[\s|/·•,-]*){2,}$|^(?:follow us|suivez-nous|folgen sie uns|síguenos|подписывайтесь на нас|关注我们|フォローする)\b.{0,60}$/u},
	// Related articles and reading lists.
	{category: 'related', reason: 'related articles', maxWords: 30, pattern: /^(?:related(?: articles?| stories| content| news| coverage| posts?)?|read (?:more|also|next)|also read|see also|more on this(?: story)?|more from|you may also like|you might also like|recommended(?: for you)?|most (?:popular|read|viewed|shared)|trending(?: now)?|editor's picks|don't miss|top stories|lire (?:aussi|également|la suite)|à lire (?:aussi|également)|sur le même sujet|voir aussi|les plus lus|articles similaires|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|weitere artikel|meistgelesen|das könnte sie auch interessieren|lee (?:también|más)|lea (?:también|más|además)|lea(?= ?:)|ve[ar] también|véase también|mira también|leer más|leggi anche|leggi (?:di più|tutto)|articoli correlati|potrebbe interessarti|leia (?:também|mais)|veja também|notícias relacionadas|lees (?:ook|meer)|gerelateerde artikelen|meer over|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|læs (?:også|mere)|läs (?:också|mer)|les (?:også|mer)|lue (?:myös|lisää)|čtěte (?:také|též)|te puede interesar|noticias relacionadas|lo más leído|читайте (?:также|еще|ещё|також)|дивіться також|смотрите также|по теме|похожие (?:статьи|новости)|самое читаемое|相关(?:阅读|文章|新闻|报道)|延伸阅读|热门(?:文章|新闻)|関連(?:記事|ニュース)|あわせて読みたい|人気記事)\b/u},
	// Newsletter and sign-up prompts.
	{category: 'newsletter', reason: 'newsletter prompt', maxWords: 20, sentence: true, hints: ['inbox', 'newsletter'], pattern: /\b(?:in|to) your inbox\b|\b(?:our|free|daily|weekly) newsletter\b/u},
	// A newsletter widget's own short lines ("Skip past newsletter promotion", "Newsletters", "after newsletter promotion"): a
	// line this short that names a newsletter is no sentence of an article about one.
	{category: 'newsletter', reason: 'newsletter prompt', maxWords: 5, hints: ['newsletter'], pattern: /\bnewsletters?\b/u},
	// "Subscribe-only channels lost viewers" opens a sentence with a compound, no prompt.
	{category: 'newsletter', reason: 'newsletter prompt', maxWords: 30, pattern: /^(?!subscribe[-‐])(?:(?:click|tap) here to (?:subscribe|sign up|register)|subscribe|sign up|join our (?:newsletter|mailing list)|get (?:our|the) (?:newsletter|daily|weekly|latest)|newsletter|enter your email|s'abonner|abonnez-vous|inscrivez-vous|recevez notre|abonnieren|jetzt abonnieren|melden sie sich|newsletter abonnieren|suscríbete|suscribirse|recibe nuestro|boletín|iscriviti|abbonati|assine|inscreva-se|abonneer|schrijf je in|zapisz się|subskrybuj|подписаться|подпишитесь|подписывайтесь|підписатися|підпишіться|рассылка|订阅|購読|メルマガ|ニュースレター)\b/u},
	// Legal, cookies and copyright.
	{category: 'legal', reason: 'copyright notice', maxWords: 40, sentence: true, hints: ['©', '(c)', 'copyright', 'rights', 'droits', 'rechte', 'derechos', 'diritti', 'riservata', 'direitos', 'rechten', 'prawa', 'права', 'захищені', '무단', '版权', '無断', '著作権'], pattern: /^(?:©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\briproduzione riservata\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b|\bwszelkie prawa zastrzeżone\b|\bвсе права защищены\b|\bвсі права захищені\b|\bусі права захищені\b|무단 ?전재|版权所有|無断転載|著作権/u},
	{category: 'legal', reason: 'cookie notice', maxWords: 100, sentence: true, hints: ['cookie', 'クッキー'], pattern: /\b(?:we use cookies|this (?:site|website) uses cookies|uses cookies to|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|nous utilisons des cookies|utilise des cookies|verwendet cookies|wir verwenden cookies|wir nutzen cookies|wir setzen cookies ein|(?:nutzt|setzt|benutzt) cookies|cookies (?:akzeptieren|ablehnen|zulassen|zustimmen)|(?:notwendige|essenzielle|erforderliche) (?:website-? ?)?cookies|cookie-(?:einstellungen|richtlinie|hinweis|banner)|reject (?:all )?cookies|(?:necessary|essential|strictly necessary) cookies|(?:accepter|refuser) (?:les |tous les )?cookies|paramètres des cookies|(?:aceptar|rechazar) (?:las |todas las )?cookies|configuración de cookies|utiliza cookies|utilizziamo (?:i )?cookie|usiamo (?:i )?cookie|utilizza (?:i )?cookie|wij gebruiken cookies|gebruikt cookies|używamy (?:plików )?cookie|utilizamos cookies|utilizamos cookies|usamos cookies|используем (?:файлы )?cookie|使用cookie|クッキーを使用)/u},
	// A notice labelled as one ("Privacy notice: newsletters may contain …", "Datenschutzhinweis: …").
	{category: 'legal', reason: 'privacy notice', maxWords: 60, sentence: true, pattern: /^(?:privacy (?:notice|note|information)|data protection notice|datenschutzhinweis|avis de confidentialité|aviso de privacidad)\s*:/u},
	{category: 'legal', reason: 'legal links', maxWords: 14, pattern: /^(?:(?:privacy(?: policy)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|cookie policy|cookies|imprint|impressum|datenschutz(?:erklärung)?|mentions légales|politique de confidentialité|cgu|aviso legal|política de privacidad|политика конфиденциальности|пользовательское соглашение|nutzungsbedingungen|agb|condiciones de uso|conditions générales(?: d'utilisation)?|termini e condizioni|termos de uso|política de cookies|contact(?: us)?|kontakt|contacto|контакты|about(?: us)?|über uns|qui sommes-nous|quiénes somos|о нас|关于我们|advertise|careers|sitemap|accessibility|powered by \S+|proudly powered by \S+)[\s|/·•,-]*){1,}$/u},
	// Scraper metadata.
	{category: 'scraper', reason: 'scraper metadata', maxWords: 8, pattern: /^(?:original (?:url|link|source|article)|source (?:url|link)|url|link|permalink|archived from|retrieved from|scraped (?:from|at|on)|fetched (?:from|at|on)|source|sources|fuente|quelle|источник|来源|消息来源|出处|出典|ソース)\s*:/u},
	// Navigation.
	{category: 'navigation', reason: 'navigation link', maxWords: 5, pattern: /^(?:home|menu|search|skip to (?:main )?content|back to top|go to top|top|login|log in|sign in|register|accueil|rechercher|se connecter|startseite|suche|anmelden|inicio|buscar|iniciar sesión|главная|поиск|войти|首页|搜索|登录|ホーム|検索|ログイン|注册|advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reclame|publicidade|реклама|广告|広告|sponsored|zur startseite|zurück zur startseite|torna alla home|terug naar home|loading|chargement|more|load more|show more|voir plus|mehr laden|ver más|показать ещё|показать еще)\s*[»›>]?$/u},
	// Reading aids: an audio player, a reading time, an advertisement's "continues below", an image viewer's button, the
	// article's age ("Listen to this article", "5 min read", "Lesezeit: 3 Minuten", "Story continues below advertisement",
	// "View image in fullscreen", "This article is more than 2 years old").
	{category: 'navigation', reason: 'reading aid', maxWords: 9, pattern: /^(?:listen(?: now| to (?:this|the) (?:article|story))?|audio version|hören sie (?:diesen|den) artikel|artikel (?:anhören|vorlesen lassen)|écouter (?:cet|l')\s*article|escuchar (?:este |el )?(?:artículo|noticia)|ascolta (?:l')?\s*articolo)(?:\s*[(:-]?\s*\d+\s*(?:min\.?|mins|minutes?)\)?)?$|^(?:estimated )?(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura)(?:\s*von)?\s*:?\s*(?:(?:ca\.?|about|environ|aprox\.?)\s*)?(?:\d+\s*(?:min\.?|mins?|minutes?|minuten|minutos|minuti)\.?(?:\s*read)?)?$|^(?:(?:about|ca\.?)\s*)?\d+\s*-?\s*(?:min\.?|mins?|minutes?|minuten|minutos|minuti)\.?\s*(?:read|reading|de lecture|lesezeit|lesedauer|de lectura|di lettura)$|^(?:(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:the |this )?(?:advertisement|advert|ad))?|continue reading (?:below|the main story)|advertisement\s*[-–—:]?\s*(?:scroll|continue) (?:down )?to continue(?: reading)?|scroll to continue(?: with content)?|weiterlesen nach der anzeige|la suite après (?:la |cette )?publicité|el artículo continúa (?:abajo|tras la publicidad))$|^(?:(?:view|open|see|enlarge|expand) (?:this |the )?(?:image|photo|picture|gallery)(?: in (?:full ?screen|full size))?|(?:click|tap) to (?:enlarge|expand)(?: (?:the )?(?:image|photo|picture))?|bild vergrößern|agrandir l'image|ampliar (?:la )?(?:imagen|foto))$|^this (?:article|story|post|page) is (?:more than |over )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old$/u},
	{category: 'navigation', reason: 'pagination', maxWords: 8, pattern: /^(?:page|seite|página|pagina|страница|strona)\s*\d+\s*(?:of|von|de|di|из|z|\/)\s*\d+$|^第\s*\d+\s*页/u},
	// A blog engine's entry footer, the entry speaking of itself: where it was filed, by whom, when ("This entry was posted in News by Jane. Bookmark the permalink.").
	{category: 'navigation', reason: 'entry footer', maxWords: 70, sentence: true, pattern: /^(?:this (?:entry|post) was (?:posted|filed|written|published)\b|dieser (?:eintrag|beitrag) wurde (?:[^.]{0,80}? )?(?:veröffentlicht|abgelegt)\b|(?:cet article|cette entrée) a été (?:publiée?|classée?)\b|esta entrada (?:fue publicada|se publicó)\b|questa voce è stata pubblicata\b)/u},
	{category: 'navigation', reason: 'tags', maxWords: 20, pattern: /^(?:tags|tagged(?: with)?|topics|filed under|etiquetas|temas|schlagwörter|themen|mots-clés|mots clés|sujets|теги|метки|темы|标签|关键词|タグ)\s*:/u},
	// Captions and credits (start of line; credits at the end are in classify.ts).
	{category: 'caption', reason: 'photo caption', maxWords: 60, sentence: true, pattern: /^(?:\(?(?:photo|photos|photograph|picture|image|caption|credit|credits|foto|fotos|bild|imagen|crédito|crédit(?: photo)?|légende|фото|снимок|иллюстрация|图片?(?:来源)?|摄影|写真|画像)\s*(?:credit\s*)?[:：/|©-])|^(?:image (?:caption|source|credit)|media caption|video caption|photo (?:credit|source)|picture credit|bildquelle|fuente de la imagen|source de l'image|légende de l'image|источник фото|источник изображения)\b/u},
];

/**
 * A marker whose pattern, its `\\b` made Unicode boundaries, is compiled when first read: most runs read few of the
 * markers' patterns (the prefilters below rule out most lines), and compiling them all cost ~4 ms of every start.
 */
const lazyMarker = (marker: Marker): Marker => {
	let pattern: RegExp | undefined;
	return {
		...marker,
		get pattern() {
			return (pattern ??= withUnicodeBoundaries(marker.pattern));
		},
	};
};

export const markers: readonly Marker[] = rawMarkers.map(lazyMarker);

/**
 * The alternatives of a pattern's source at its top level (not inside a group or a class),
 * split at `|`.
 */
const topLevelAlternatives = (source: string): string[] => {
	const alternatives: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let i = 0; i < source.length; i++) {
		const character = source[i];
		if (character === '\\') i++;
		else if (inClass) inClass = character !== ']';
		else if (character === '[') inClass = true;
		else if (character === '(') depth++;
		else if (character === ')') depth--;
		else if (character === '|' && depth === 0) {
			alternatives.push(source.slice(start, i));
			start = i + 1;
		}
	}

	alternatives.push(source.slice(start));
	return alternatives;
};

/** The raw patterns of the markers without hints, their word boundaries (`\\b`) left out: see unhintedMarkersPrefilter. */
const unhintedSources = rawMarkers.filter((marker) => !marker.hints).map((marker) => ({source: marker.pattern.source.replaceAll('\\b', ''), multiline: marker.pattern.multiline}));

/**
 * One pass over a line instead of one per marker: no marker without hints can match unless this does.
 * When every such marker is anchored at the start (they are), the union says so with a `^` of its own:
 * V8 does not see the anchors inside the groups and would try the whole union at every position of the line
 * (three times slower on lines that match nothing, most lines). The markers' word boundaries are left out:
 * without an assertion a pattern matches every line it matched and a few more ("this post was postedly" as "this post was posted"), which
 * the marker's own pattern then rules out; with them, some fifty Unicode lookarounds made compiling the union
 * ~5 ms of every start.
 */
export const unhintedMarkersPrefilter = new RegExp(
	`${unhintedSources.every((marker) => !marker.multiline && topLevelAlternatives(marker.source).every((alternative) => alternative.startsWith('^'))) ? '^' : ''}(?:${unhintedSources.map((marker) => `(?:${marker.source})`).join('|')})`,
	'u',
);

/** One pattern for the hints of `hinted`: literal BMP hints need no u flag (much faster without). */
const hintsPattern = (hinted: readonly Marker[]): RegExp => new RegExp(hinted.flatMap((marker) => marker.hints ?? []).map((hint) => hint.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'));

/** One pass for every marker's hints: a line with none of them skips the hinted markers. */
export const hintedMarkersPrefilter = hintsPattern(markers);

/**
 * The hints' pass by the line's length: for each word limit of a hinted marker (ascending), the hints of the
 * hinted markers that allow at least that many words. A long line is only searched for the hints of markers
 * that may match it (a prose paragraph of 50 words, for the cookie notice's alone): the others would fail
 * their word limit whatever it holds.
 */
const hintedTiers: ReadonlyArray<{maxWords: number; pattern: RegExp}> = [...new Set(markers.filter((marker) => marker.hints).map((marker) => marker.maxWords))]
	.sort((a, b) => a - b)
	.map((maxWords) => ({maxWords, pattern: hintsPattern(markers.filter((marker) => marker.hints && marker.maxWords >= maxWords))}));

/** The pattern of the hints of every hinted marker that allows a line of `size` words (undefined: none does). */
export const hintedMarkersPrefilterFor = (size: number): RegExp | undefined => {
	for (const tier of hintedTiers) {
		if (size <= tier.maxWords) return tier.pattern;
	}

	return undefined;
};

/** No marker without hints allows more words than this: longer lines skip unhintedMarkersPrefilter. */
export const unhintedMarkerMaxWords = Math.max(...markers.filter((marker) => !marker.hints).map((marker) => marker.maxWords));

/** No marker allows more words than this: longer lines skip the markers. */
export const markerMaxWords = Math.max(...markers.map((marker) => marker.maxWords));

/** A line made only of punctuation, symbols and white space ("-", "* * *", "|", "»"). */
export const separatorPattern = /^[\s\p{P}\p{S}]+$/u;

/** A credit at the end of a line: "... **AP Photo / Omar Sanadiki**", "(Getty Images)", "| Reuters". */
export const trailingCreditPattern = withUnicodeBoundaries(/(?:(?:\*\*|\(|\[|\/|\||—|–| - |©|:)\s*(?:ap|afp|epa|reuters|getty(?: images)?|shutterstock|istock|alamy|imago|dpa|tass|ria novosti|xinhua|kyodo|anadolu|sputnik|unsplash|wikimedia(?: commons)?|pixabay|pexels)\b[^.!?]{0,80}|(?:\*\*|\(|\[|\/|\||—|–| - |©|:|[.!?]\s)\s*(?:photo|photos|foto|фото|image|picture|credit|crédit|bild)\s*(?::|by|de|von|\/)[^.!?]{0,80})(?:\*\*|\))?\s*$/iu);
