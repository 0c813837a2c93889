import { type ReuseTopic } from "../constants";
import { normalize } from "../search";

/**
 * Word stems (space-separated) that point to each of udata's topics, in udata's order. Stems of four
 * letters or fewer must match a whole word ("age" must not match "agence"); longer ones match word starts.
 */
const TOPIC_STEMS: Record<Exclude<ReuseTopic, "others">, string> = {
  health: "sante covid covid19 coronavirus vaccin hopital medec medic pharma maladie epidemi soins cancer handicap ars",
  transport_and_mobility:
    "transport mobilit velo velos cyclable bus train sncf gare routier trafic circulation voiture vehicule parking stationnement metro tram aeroport recharge irve covoiturage gtfs autoroute",
  housing_and_development:
    "logement immobilier dvf foncier fonciere cadastr urbanis amenagement batiment habitat loyer plu permis adresse ban territoire",
  food_and_agriculture: "agricult aliment agri bio cantine vin peche elevage nutri restaurant rpg agreste",
  culture_and_recreation:
    "culture culturel musee patrimoine tourism sport loisir cinema bibliothe monument festival musique livre histoire archive genealog memoire guerre soldats",
  economy_and_business:
    "entreprise economi sirene siret siren commerce financ prix fiscal impot banque subvention comptab bodacc startup industri artisan",
  environment_and_energy:
    "environnement energie energetique climat eau air pollution dechet biodiversit meteo electricit carbone nature foret dpe renouvelable eolien solaire bruit ecologi",
  work_and_training: "emploi travail formation chomage apprentissage metier salaire recrutement offres",
  politics_and_public_life:
    "election elections vote politique depute deputes senat assemblee elu elus parlement gouvernement budget marches transparence lobby municipal legislativ presidentiel",
  safety_and_security:
    "securite police gendarmerie crime delinquance accident accidents pompier secours incendie defibrillateur risque risques",
  education_and_research:
    "education ecole ecoles college lycee universit recherche etudiant enseignement scolaire bac parcoursup science",
  society_and_demography:
    "population demograph insee recensement social sociale famille naissance deces prenom prenoms pauvrete solidarit association egalite age",
  law_and_justice:
    "justice droit loi lois juridique tribunal legifrance jurisprudence decret cnil rgpd avocat judiciaire",
  open_data_tools:
    "opendata api python outil csv json sql github package librairie datagouv moissonn catalogue dataviz",
};

function stemMatches(stem: string, word: string): boolean {
  return stem.length <= 4 ? word === stem : word.startsWith(stem);
}

function score(words: readonly string[], stems: readonly string[]): number {
  let hits = 0;
  for (const word of words) if (stems.some((stem) => stemMatches(stem, word))) hits += 1;
  return hits;
}

/**
 * The topic whose stems appear most in the tags and title (counted twice) and the start of the
 * description; ties go to the first topic in udata's order, no hit at all gives "others".
 */
export function deriveTopic(title: string, description: string, tags: readonly string[]): ReuseTopic {
  const strong = normalize(`${title} ${tags.join(" ")}`).split(" ");
  const weak = normalize(description.slice(0, 600)).split(" ");
  let best: ReuseTopic = "others";
  let bestScore = 0;
  for (const [topic, stemList] of Object.entries(TOPIC_STEMS) as [ReuseTopic, string][]) {
    const stems = stemList.split(" ");
    const topicScore = 2 * score(strong, stems) + score(weak, stems);
    if (topicScore > bestScore) {
      best = topic;
      bestScore = topicScore;
    }
  }
  return best;
}
