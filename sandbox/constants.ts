/**
 * udata's reuse types and topics (udata/core/reuse/constants.py): English labels from there, French ones from
 * udata's translations (udata/translations/fr/LC_MESSAGES/udata.po); and the messages udata answers with.
 */
export const REUSE_TYPES = [
  { id: "api", en: "API", fr: "API" },
  { id: "application", en: "Application", fr: "Application" },
  { id: "idea", en: "Idea", fr: "Idée" },
  { id: "news_article", en: "News Article", fr: "Article de presse" },
  { id: "paper", en: "Paper", fr: "Papier" },
  { id: "post", en: "Post", fr: "Article de blog" },
  { id: "visualization", en: "Visualization", fr: "Visualisation" },
  { id: "hardware", en: "Connected device", fr: "Objet connecté" },
] as const;

export const REUSE_TOPICS = [
  { id: "health", en: "Health", fr: "Santé" },
  { id: "transport_and_mobility", en: "Transport and mobility", fr: "Transports et mobilité" },
  { id: "housing_and_development", en: "Housing and development", fr: "Aménagement du territoire et logement" },
  { id: "food_and_agriculture", en: "Food and agriculture", fr: "Alimentation et agriculture" },
  { id: "culture_and_recreation", en: "Culture and recreation", fr: "Culture et loisirs" },
  { id: "economy_and_business", en: "Economy and business", fr: "Économie et entreprise" },
  { id: "environment_and_energy", en: "Environment and energy", fr: "Environnement et énergie" },
  { id: "work_and_training", en: "Work and training", fr: "Emploi et formation" },
  { id: "politics_and_public_life", en: "Politics and public life", fr: "Politique et vie publique" },
  { id: "safety_and_security", en: "Safety and security", fr: "Sécurité" },
  { id: "education_and_research", en: "Education and research", fr: "Éducation et recherche" },
  { id: "society_and_demography", en: "Society and demography", fr: "Société et démographie" },
  { id: "law_and_justice", en: "Law and justice", fr: "Droit et justice" },
  { id: "open_data_tools", en: "Open data tools", fr: "Outils open data" },
  { id: "others", en: "Others", fr: "Autres" },
] as const;

export type ReuseTopic = (typeof REUSE_TOPICS)[number]["id"];

export const REUSE_TYPE_IDS: readonly string[] = REUSE_TYPES.map((type) => type.id);
export const REUSE_TOPIC_IDS: readonly string[] = REUSE_TOPICS.map((topic) => topic.id);

export const MESSAGES = {
  notFound:
    "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.",
  unauthorized:
    "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
  invalidKey: "Invalid API token",
  revokedKey: "Revoked API token",
  expiredKey: "Expired API token",
  inactiveUser: "Inactive user",
  /** udata 15 (udata/api/__init__.py at v15.4.1 `authentify`). */
  invalidLegacyKey: "Invalid API Key",
  permissionDenied: "You do not have the permission to modify that object.",
  reuseDeleted: "This reuse has been deleted",
  badRequest: "The browser (or proxy) sent a request that this server could not understand.",
  methodNotAllowed: "The method is not allowed for the requested URL.",
  validation: "Validation error",
  inputValidation: "Input payload validation failed",
} as const;

export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;
