import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";

import { catalogOf, DEFAULT_LOCALE, type Locale, type Messages } from "./catalogs";

/**
 * A translator outside React (tRPC procedures, the auth routes, plain functions): next-intl's own, over the
 * catalog of `locale`. Components use `useTranslations` / `getTranslations` instead.
 */
export function translatorFor<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  namespace: Namespace,
  locale: Locale = DEFAULT_LOCALE,
) {
  return createTranslator({ locale, messages: catalogOf(locale), namespace });
}
