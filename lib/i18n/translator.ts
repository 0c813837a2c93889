import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";

import { catalogOf, type Messages } from "./catalogs";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * A translator outside React (tRPC procedures, the auth routes, plain functions): next-intl's own core
 * (use-intl/core, which loads no React: the router also runs in plain Node, e.g. for the fuzzer), over the
 * catalog of `locale`. Components use `useTranslations` / `getTranslations` instead.
 */
export function translatorFor<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  namespace: Namespace,
  locale: Locale = DEFAULT_LOCALE,
) {
  return createTranslator({ locale, messages: catalogOf(locale), namespace });
}

/** What `translatorFor(namespace)` and next-intl's `getTranslations(namespace)` give: for plain functions. */
export type Translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>> = ReturnType<
  typeof translatorFor<Namespace>
>;
