// next-intl's keys are typed by the default catalog: a key that does not exist is a type error.
import type { Messages } from "./catalogs";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
