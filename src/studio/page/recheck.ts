/**
 * Runs `run` once editing has paused: `quiet` ms after the last edit, or twice as long as the last run
 * took if that is longer. A rule file of thousands of indicators takes seconds to check, and checking it
 * on every short pause would freeze the editor while the user types; a small file is checked as before.
 */
export function afterEditsPause(run: () => Promise<void>, quiet = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        const start = performance.now();
        void run().finally(() => {
          lastRun = performance.now() - start;
        });
      },
      Math.max(quiet, 2 * lastRun),
    );
  };
}
