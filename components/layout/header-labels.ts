/** The header menus' words, translated by the server parent: the island carries no catalog. */
export interface HeaderLabels {
  mainNavigation: string;
  allReuses: string;
  menu: string;
  signIn: string;
  producerSpace: string;
  signOut: string;
}
