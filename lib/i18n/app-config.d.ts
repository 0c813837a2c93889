// next-intl's keys are typed by the default catalog: a key that does not exist is a type error.
import type { Locale, Messages } from "./catalogs";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
