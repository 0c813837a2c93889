import { type DiscussionRecord } from "../model";
import { type SeedBuilder } from "./builder";
import { fraction, hashDateBetween, objectId, pick } from "./hash";

/**
 * The discussions behind each reuse's discussion count: as many as the catalogue counts, so that the
 * metric is what udata computes (`Reuse.count_discussions`: `Discussion.objects(subject=self).count()`).
 * Their authors are generated people; the reuse's owner (or its organization's first admin) answers.
 */
const CATALOGUE_DAY = Date.UTC(2023, 7, 15);

const THEMES: { title: string; onDatasets?: true; question: string; answer: string }[] = [
  {
    title: "Lien vers l'application cassé",
    question: "Bonjour, le lien de la réutilisation renvoie une erreur 404. L'application a-t-elle déménagé ?",
    answer: "Merci du signalement : l'adresse a changé, le lien est corrigé.",
  },
  {
    title: "Mise à jour des données ?",
    onDatasets: true,
    question: "Les chiffres affichés semblent dater de l'an dernier. Une mise à jour est-elle prévue ?",
    answer: "Oui, la prochaine mise à jour reprendra le dernier millésime du jeu de données.",
  },
  {
    title: "Code source disponible ?",
    question: "Bravo pour ce travail. Le code source est-il publié quelque part ?",
    answer: "Il est publié sous licence libre, le lien est dans la description.",
  },
  {
    title: "Écart avec les chiffres officiels",
    onDatasets: true,
    question: "Pour ma commune, le total diffère de celui publié par la préfecture. D'où vient l'écart ?",
    answer: "L'écart vient des doubles comptes retirés lors du traitement ; la méthode est détaillée en bas de page.",
  },
  {
    title: "Affichage sur mobile",
    question: "La carte ne s'affiche pas sur téléphone : elle reste grise après le chargement.",
    answer: "C'est corrigé dans la dernière version, merci !",
  },
  {
    title: "Proposition de collaboration",
    onDatasets: true,
    question: "Nous travaillons sur un sujet voisin : seriez-vous d'accord pour échanger sur vos traitements ?",
    answer: "Avec plaisir, écrivez-nous à l'adresse indiquée sur le site.",
  },
  {
    title: "Quelle licence pour les visuels ?",
    question: "Peut-on reprendre les graphiques dans une publication, en citant la source ?",
    answer: "Oui, sous Licence Ouverte, en citant la réutilisation et data.gouv.fr.",
  },
  {
    title: "Données manquantes pour 2020",
    onDatasets: true,
    question: "L'année 2020 n'apparaît pas dans les graphiques. Est-ce volontaire ?",
    answer: "Le jeu de données source n'avait pas encore publié 2020 ; c'est désormais intégré.",
  },
];

export interface DiscussionSubject {
  class: "Dataset" | "Reuse";
  id: string;
  /** Who answers in the name of the subject (its owner or an admin of its organization), if known. */
  answerer: string | null;
  /** The earliest date a discussion can have (the subject's creation). */
  since: string;
}

/** The `n`th discussion on a subject, open or closed as asked (by hash when not asked). */
export function generatedDiscussion(
  builder: SeedBuilder,
  subject: DiscussionSubject,
  n: number,
  state: "open" | "closed" | "any" = "any",
): DiscussionRecord {
  const key = [subject.class, subject.id, n] as const;
  const themes = subject.class === "Dataset" ? THEMES.filter((theme) => theme.onDatasets) : THEMES;
  const theme = pick(themes, "discussion-theme", ...key);
  const author = pick(builder.people, "discussion-author", ...key).id;
  const from = Date.parse(subject.since);
  const created = hashDateBetween(from, Math.max(from, CATALOGUE_DAY), "discussion-created", ...key);
  const answered = hashDateBetween(Date.parse(created), Date.parse(created) + 20 * 86_400_000, "answer", ...key);
  const closed =
    state === "closed" || (state === "any" && fraction("discussion-closed", ...key) < 0.6) ? answered : null;
  const answerer = subject.answerer ?? author;
  const messages = [{ content: theme.question, posted_by: author, posted_on: created }];
  if (closed || fraction("discussion-answered", ...key) < 0.5)
    messages.push({ content: theme.answer, posted_by: answerer, posted_on: answered });
  return {
    id: objectId("discussion", ...key),
    subject: { class: subject.class, id: subject.id },
    title: theme.title,
    user: author,
    created,
    closed,
    closed_by: closed ? answerer : null,
    messages,
    extras: {},
  };
}

/** Who answers for a reuse or dataset: its owner, else the first admin of its organization. */
export function answererOf(
  builder: SeedBuilder,
  record: { owner: string | null; organization: string | null },
): string | null {
  if (record.owner) return record.owner;
  const organization = record.organization ? builder.organizations.get(record.organization) : undefined;
  return organization?.members.find((member) => member.role === "admin")?.user ?? null;
}

export function addReuseDiscussions(builder: SeedBuilder): void {
  for (const reuse of builder.reuses.values()) {
    const subject: DiscussionSubject = {
      class: "Reuse",
      id: reuse.id,
      answerer: answererOf(builder, reuse),
      since: reuse.created_at,
    };
    for (let n = 0; n < reuse.metrics.discussions; n += 1)
      builder.discussions.push(generatedDiscussion(builder, subject, n));
  }
}
