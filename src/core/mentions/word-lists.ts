// The few English and Spanish words the context rules read, folded (no case, no accents).
// Kept together so each rule's vocabulary can be reviewed in one place.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Titles and roles that stand before a surname ("Secretary Kelly", "el senador Graham", "Sen.
 * Graham") or in an apposition after it ("Watson, a spokesperson for…"). They say the surname is
 * an official's and is no one's first name; a generic verb such as "said" says nothing of the kind.
 */
export const TITLES = set(`
  secretary secretario secretaria subsecretario subsecretaria undersecretary sen senator senators senador senadora senadores
  rep representative congressman congresswoman gen general attorney fiscal procurador procuradora administrator administrador
  administradora ambassador embajador embajadora president presidente presidenta mandatario minister ministro ministra canciller
  chancellor mr mrs ms dr ag gov governor gobernador gobernadora chief jefe jefa director directora spokesperson spokesman
  spokeswoman portavoz vocero vocera lic judge juez jueza sr sra adviser advisor asesor asesora commissioner comisionado czar zar
  expresidente expresidenta exsecretario exsecretaria exprocurador exfiscal exembajador exembajadora exsenador excanciller
  exdirector exdirectora exmandatario exjefe leader presidents secretaries ministers governors ambassadors presidentes secretarios
  mandatarios ministros gobernadores embajadores
`);

/**
 * Words that may stand between a title and the name it introduces: "Secretary of State Tillerson",
 * "el secretario de Seguridad Nacional, John Kelly", "Former Attorney General Barr".
 */
export const TITLE_LINKS = set(`
  of de del la las los el y and for para the former then ex acting deputy assistant us u s estadounidense estadounidenses
  mexicano mexicana norteamericano norteamericana american republicano republicana democrata democrat republican retirado retired entonces
`);

/** Words after which a place name is a place ("in Sinaloa", "desde Jalisco", "the capital of Sinaloa"). */
export const LOCATIVES = set(`
  in en from desde to a hacia near cerca across throughout por of de del around into within outside
`);

/** Nouns before "de" that make a place name a group's name ("el grupo de Sinaloa", "operadores de Sinaloa"). */
export const GROUP_NOUNS = set(`
  grupo grupos faccion facciones organizacion gente sicarios operadores operador miembros integrantes lideres lider jefes jefe celula celulas
  cartel carteles cartels
`);

/** Words right after a place name that make it the place ("Sinaloa state police", "Jalisco's governor"). */
export const PLACE_FOLLOWERS = set(`state governor governors gobernador gobernadora estado capital`);

/**
 * Words that, before an organization's name, are its country rather than another body ("US Border
 * Patrol", "the White House National Security Council"). Any other capitalized word there makes a
 * longer name of someone else's ("Texas Department of State Health Services").
 */
export const US_MARKERS = set(`us usa u s united states america american white house federal ee uu eeuu eua eu`);

/** Capitalized words that may follow an organization's name without making it a longer one. */
export const ORGANIZATION_ROLES = set(`
  administrator administrators secretary secretaries spokesperson spokesman spokeswoman chief chiefs agent agents officer officers official
  officials director directors deputy press acting special inspector inspectors under assistant counselor commissioner report reports bureau
  fellow fellows senior staff analyst analysts adviser advisers advisor agency team teams unit units headquarters
`);

/** Words that, after a "de", keep an organization ours ("el Departamento de Estado de Estados Unidos"). */
export const US_AFTER_DE = set(`estados ee eeuu eu eua washington norteamerica`);

/**
 * Articles of the other languages read: before a capitalized word they make it a noun ("das
 * Blinken", the blinking), not the official of that surname.
 */
export const FOREIGN_ARTICLES = set(`der die das den dem des ein eine einer einem einen le les une du o os um uma il lo gli`);

/** Articles that make an acronym the agency in English and Spanish news ("the DEA", "la DEA"). */
export const AGENCY_ARTICLES = set(`the la`);

/** Words that open a sentence without being anyone's first name ("Later Kelly said", "Luego Graham dijo"). */
export const SENTENCE_ADVERBS = set(`
  later then now meanwhile yesterday today tonight however instead earlier still also finally here there asked afterward afterwards
  luego despues ayer hoy entonces ademas mientras tambien aun ahora antes anoche finalmente alli aqui
`);

/**
 * Words that put "cartel" in another sense than the drug trade: an industry's cartel, OPEC, the
 * economics term, a film, a poster or a festival line-up. They rule the word out in that sentence.
 */
export const OTHER_SENSES_OF_CARTEL = [
  'opec', 'opep', 'oil cartel', 'petroleum exporting', 'cartel petrolero', 'price fixing', 'fixing prices', 'fijar precios', 'fijacion de precios',
  'antitrust', 'collusion', 'colusion', 'collude', 'cement', 'cemento', 'egg', 'eggs', 'diamond', 'diamonds', 'steel', 'acero',
  'truck makers', 'farmaceuticas', 'economics', 'poster', 'posters', 'cine', 'pelicula', 'film', 'movie', 'documentary',
  'documental', 'festival', 'concierto', 'feria', 'exposicion', 'toros', 'corrida', 'publicitarios', 'publicitario', 'disenado',
  'disenaron', 'artista', 'se busca', 'encabeza', 'la serie', 'the series', 'netflix', 'control prices', 'competitors',
  'comision federal de competencia', 'cofece', 'competencia economica',
];
