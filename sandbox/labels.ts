import { type ApiRequest } from "./context";

/**
 * The language of translated labels, as udata picks it (udata/api/__init__.py `set_api_language`,
 * udata/i18n.py `get_locale`): `?lang=` when Babel can parse it (`fr`, `fr_FR`; not `fr-FR`), else the caller's
 * preferred language (the sandbox's accounts have none), else `DEFAULT_LANGUAGE`, English. Accept-Language is
 * not read. The sandbox knows English and French only: another language gets English.
 */
type Language = "en" | "fr";

const BABEL_LOCALE = /^([a-z]{2,3})(?:_(?:[a-z]{4}_)?(?:[a-z]{2}|\d{3}))?$/i;

function labelLanguage(request: ApiRequest): Language {
  const lang = request.url.searchParams.get("lang");
  const language = lang ? BABEL_LOCALE.exec(lang)?.[1]?.toLowerCase() : undefined;
  return language === "fr" ? "fr" : "en";
}

/** `[{id, label}]` in the asked language, as udata's `/reuses/types/` and `/reuses/topics/` answer. */
export function labelList(
  entries: readonly { id: string; en: string; fr: string }[],
  request: ApiRequest,
): { id: string; label: string }[] {
  const language = labelLanguage(request);
  return entries.map((entry) => ({ id: entry.id, label: entry[language] }));
}
