/** The site admins' search over every reuse (French, as the site's other addresses for people). */
export const ADMIN_SEARCH_PATH = "/dashboard/admin/reutilisations";
