/**
 * udata's reuse types and topics (udata/core/reuse/constants.py), with the French labels of udata's
 * translations, and the messages udata answers with.
 */
export const REUSE_TYPES = [
  { id: "api", label: "API" },
  { id: "application", label: "Application" },
  { id: "idea", label: "Idée" },
  { id: "news_article", label: "Article de presse" },
  { id: "paper", label: "Papier" },
  { id: "post", label: "Article de blog" },
  { id: "visualization", label: "Visualisation" },
  { id: "hardware", label: "Objet connecté" },
] as const;

export const REUSE_TOPICS = [
  { id: "health", label: "Santé" },
  { id: "transport_and_mobility", label: "Transports et mobilité" },
  { id: "housing_and_development", label: "Aménagement du territoire et logement" },
  { id: "food_and_agriculture", label: "Alimentation et agriculture" },
  { id: "culture_and_recreation", label: "Culture et loisirs" },
  { id: "economy_and_business", label: "Économie et entreprise" },
  { id: "environment_and_energy", label: "Environnement et énergie" },
  { id: "work_and_training", label: "Emploi et formation" },
  { id: "politics_and_public_life", label: "Politique et vie publique" },
  { id: "safety_and_security", label: "Sécurité" },
  { id: "education_and_research", label: "Éducation et recherche" },
  { id: "society_and_demography", label: "Société et démographie" },
  { id: "law_and_justice", label: "Droit et justice" },
  { id: "open_data_tools", label: "Outils open data" },
  { id: "others", label: "Autres" },
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
  permissionDenied: "You do not have the permission to modify that object.",
  reuseDeleted: "This reuse has been deleted",
  badRequest: "The browser (or proxy) sent a request that this server could not understand.",
  methodNotAllowed: "The method is not allowed for the requested URL.",
  validation: "Validation error",
  inputValidation: "Input payload validation failed",
} as const;

export const TITLE_SIZE_LIMIT = 350;
export const DESCRIPTION_SIZE_LIMIT = 100_000;
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;
