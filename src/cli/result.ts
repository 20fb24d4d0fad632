// Kept only so that test/integration/workspace.test.ts (owned by the integration harness) still
// compiles: the contract lives in the engine, src/analysis/contract.ts. Remove this file once that
// test imports '../../src/analysis/contract'. Nothing in src/ imports it.
export { toContract } from '../analysis/contract';
export type { ContractResult } from '../analysis/contract';
