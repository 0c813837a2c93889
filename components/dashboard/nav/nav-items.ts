import type { Translator } from "~/lib/i18n/translator";

/** A key of `dashboard.nav`, the catalog's words of the navigation. */
type NavKey = Parameters<Translator<"dashboard.nav">>[0];

interface NavItem {
  href: string;
  label: NavKey;
}

export interface NavGroup {
  title: NavKey;
  items: NavItem[];
}

/** Every screen of the producer area, by theme (their names are keys of `dashboard.nav`). */
export const DASHBOARD_NAV: readonly NavGroup[] = [
  {
    title: "reuses",
    items: [
      { href: "/dashboard", label: "myReuses" },
      { href: "/dashboard/reuses/new", label: "newReuse" },
      { href: "/dashboard/metrics", label: "metrics" },
    ],
  },
  {
    title: "dataAndExchanges",
    items: [
      { href: "/dashboard/datasets", label: "datasets" },
      { href: "/dashboard/organization-datasets", label: "organizationDatasets" },
      { href: "/dashboard/community-resources", label: "communityResources" },
      { href: "/dashboard/discussions", label: "discussions" },
    ],
  },
  {
    title: "myAccount",
    items: [
      { href: "/dashboard/profile", label: "profile" },
      { href: "/dashboard/api-key", label: "apiKey" },
    ],
  },
];

/** The site administrators' screens, shown to them alone (the screens and procedures refuse anyone else). */
export const ADMIN_NAV: NavGroup = {
  title: "administration",
  items: [{ href: "/dashboard/admin/reutilisations", label: "allReuses" }],
};
