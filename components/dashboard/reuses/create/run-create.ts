import type { ReuseFields } from "~/lib/reuses/reuse-form-schema";
import { codeOf, isUncertain } from "~/components/ui/failure";

export interface ReuseRef {
  id: string;
  slug: string;
}

/** What earlier attempts of this creation did: kept in the form's draft, so that none is done twice. */
export interface CreateProgress {
  reuse: ReuseRef | null;
  /** A create failed in a way that may have created it anyway (a timeout): look for it before creating. */
  uncertain: boolean;
  imageSent: boolean;
}

export const NO_PROGRESS: CreateProgress = { reuse: null, uncertain: false, imageSent: false };

export type CreatePhase = "checking" | "creating" | "saving" | "image" | "datasets" | "publishing";

export interface CreateRequest {
  fields: ReuseFields;
  organization: string | undefined;
  datasets: string[];
  dataservices: string[];
  hasImage: boolean;
  publish: boolean;
}

/** The calls a creation makes (tRPC procedures, and the image upload). */
export interface CreateActions {
  findByUrl(url: string): Promise<(ReuseRef & { deleted: boolean }) | null>;
  create(fields: ReuseFields, organization: string | undefined): Promise<ReuseRef>;
  /** Writes every field of a reuse an earlier attempt created, keeping it private until the end. */
  update(id: string, fields: ReuseFields, datasets: string[], dataservices: string[]): Promise<ReuseRef>;
  uploadImage(id: string): Promise<void>;
  addDatasets(id: string, datasets: string[]): Promise<void>;
  /** Adding one already there is a no-op upstream (200): a retry never links an API twice. */
  addDataservices(id: string, dataservices: string[]): Promise<void>;
  publish(id: string): Promise<void>;
}

export interface CreateReport {
  phase(phase: CreatePhase): void;
  progress(progress: CreateProgress): void;
}

/**
 * Creates a reuse the way data.gouv.fr does: private first, then its image, then its datasets and APIs, and only then
 * published, so that a half-made reuse is never public. What is already done (`progress`) is not done again:
 * after a failure, submitting again goes on from there, with what the form holds now. A create that fails
 * without a clear refusal (a timeout) may have happened: the reuse is looked for by its url before any retry,
 * and before the next attempt too (a slow create can land after the check). No duplicates.
 */
export async function runCreate(
  request: CreateRequest,
  progress: CreateProgress,
  actions: CreateActions,
  report: CreateReport,
): Promise<ReuseRef> {
  let state = progress;
  const advance = (next: Partial<CreateProgress>) => {
    state = { ...state, ...next };
    report.progress(state);
  };
  const findLive = async () => {
    report.phase("checking");
    const found = await actions.findByUrl(request.fields.url);
    return found && !found.deleted ? { id: found.id, slug: found.slug } : null;
  };

  let reuse = state.reuse ?? (state.uncertain ? await findLive() : null);
  const existed = reuse !== null;
  if (reuse) {
    report.phase("saving");
    reuse = await actions.update(reuse.id, request.fields, request.datasets, request.dataservices);
  } else {
    report.phase("creating");
    reuse = await actions.create(request.fields, request.organization).catch(async (error: unknown) => {
      if (!isUncertain(codeOf(error))) throw error;
      advance({ uncertain: true });
      const found = await findLive();
      // Checked, and not there: the create is what failed (a failed check keeps the phase "checking").
      if (!found) {
        report.phase("creating");
        throw error;
      }
      return found;
    });
  }
  advance({ reuse, uncertain: false });

  if (request.hasImage && !state.imageSent) {
    report.phase("image");
    await actions.uploadImage(reuse.id);
    advance({ imageSent: true });
  }
  // An update has written the whole list already.
  if (!existed && request.datasets.length > 0) {
    report.phase("datasets");
    await actions.addDatasets(reuse.id, request.datasets);
  }
  if (!existed && request.dataservices.length > 0) {
    report.phase("datasets");
    await actions.addDataservices(reuse.id, request.dataservices);
  }
  if (request.publish) {
    report.phase("publishing");
    await actions.publish(reuse.id);
  }
  return reuse;
}
