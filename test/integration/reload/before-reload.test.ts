// Phase 1 of the window reload (see phases.ts): marks made through the commands, on disk.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, openSeed, positionOf, readWorkspaceFile, SEED, waitFor } from '../helpers';
import { handOver } from './phases';
import { CORRECTED_QUOTE, NOTE, SPEAKER, VERIFIED_QUOTE } from './scenario';

interface StoredMark {
  id: string;
}

describe('window reload, before', function () {
  this.timeout(120_000);

  it('marks one quotation verified with a note and corrects the speaker of another, on disk', async () => {
    const { doc } = await openSeed();
    await (await api()).verification.whenLoaded(doc.uri);
    const at = (needle: string) => doc.offsetAt(positionOf(doc, needle, 5));
    const verified = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.markQuotation', doc.uri, at(VERIFIED_QUOTE), 'verified', NOTE);
    const corrected = await vscode.commands.executeCommand<StoredMark>('newsAnnotator.correctSpeaker', doc.uri, at(CORRECTED_QUOTE), SPEAKER);
    const onDisk = await waitFor(async () => {
      const ids = (JSON.parse(await readWorkspaceFile(`${SEED}.sources.json`)) as { marks: StoredMark[] }).marks.map((m) => m.id);
      return ids.includes(verified.id) && ids.includes(corrected.id) && ids;
    }, { message: 'both marks in the sidecar' });
    assert.strictEqual(onDisk.length, 2);
    handOver.marks = { verifiedMarkId: verified.id, note: NOTE, correctedMarkId: corrected.id, speaker: SPEAKER };
  });
});
