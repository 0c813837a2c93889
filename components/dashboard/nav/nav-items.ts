interface NavItem {
  href: string;
  label: string;
}

export interface NavGroup {
  title: string;
  items: NavItem[];
}

/** Every screen of the producer area, by theme. */
export const DASHBOARD_NAV: readonly NavGroup[] = [
  {
    title: "Réutilisations",
    items: [
      { href: "/dashboard", label: "Mes réutilisations" },
      { href: "/dashboard/reuses/new", label: "Publier une réutilisation" },
      { href: "/dashboard/metrics", label: "Statistiques" },
    ],
  },
  {
    title: "Données et échanges",
    items: [
      { href: "/dashboard/datasets", label: "Mes jeux de données" },
      { href: "/dashboard/organization-datasets", label: "Jeux de données de mes organisations" },
      { href: "/dashboard/community-resources", label: "Ressources communautaires" },
      { href: "/dashboard/discussions", label: "Discussions" },
    ],
  },
  {
    title: "Mon compte",
    items: [
      { href: "/dashboard/profile", label: "Profil" },
      { href: "/dashboard/api-key", label: "Clé d'API et jetons" },
    ],
  },
];
