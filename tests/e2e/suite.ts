/** The launch and close every end-to-end file needs, registered once per file. */
import { afterAll, beforeAll } from 'vitest';
import { launchDossier, type Dossier, type LaunchOptions } from './harness';

/** Launches Chromium with Dossier before the file's tests and closes it after them. */
export function withDossier(onLaunched: (dossier: Dossier) => void, options?: LaunchOptions): void {
  let launched: Dossier | undefined;
  beforeAll(async () => {
    launched = await launchDossier(options);
    onLaunched(launched);
  });
  afterAll(async () => {
    await launched?.close();
  });
}
