/**
 * What a reuse card shows. The listing's `reuses.list` gives all of it (see its mask); other pages may pass
 * less: the optional fields are then simply not shown.
 */
export interface ReuseCardData {
  id: string;
  slug: string;
  title: string;
  type: string;
  topic?: string | null;
  image: string | null;
  image_thumbnail?: string | null;
  created_at: string;
  last_modified?: string;
  metrics?: { datasets?: number; discussions?: number; followers?: number; views?: number };
  /** With its id, the producer's name links to the listing of its reuses. */
  organization: { id?: string; name: string } | null;
  /** With its id, the owner's "Gérer" link is shown to them (see ManageLink). */
  owner: { id?: string; first_name: string; last_name: string } | null;
}
