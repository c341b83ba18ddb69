// Which stages of the pipeline have run on this thread: bin/load-cli.js writes a command's V8 code
// cache again when a run reached a stage the run that wrote it did not (a first render that stopped
// at the plan's errors, or that rendered on worker threads, holds no writer code). A bit set is
// all it costs; asking V8 for its bytecode size instead walked the heap, ~3-5 ms at every exit.
export const STAGE = { checked: 1, rendered: 2 } as const;

let reached = 0;

export function reachStage(stage: number): void {
  reached |= stage;
}

/** The stages reached so far, as bits of STAGE. */
export function stagesReached(): number {
  return reached;
}
