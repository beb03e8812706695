/** The long chaos run: `npm run chaos -- [kills] [seed]` (default 100 kills). */
import { runChaos } from './chaosRun';

const kills = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? Date.now() % 100_000);
const started = Date.now();
const result = await runChaos({ kills, seed, log: (s) => console.log(s) });
console.log(JSON.stringify({ ...result, seed, seconds: Math.round((Date.now() - started) / 1000) }, null, 2));
process.exit(result.lost.length === 0 ? 0 : 1);
