import { candleFieldWide, candlesRow, portraitCandle, withdrawnSample } from './compositions/candles';
import { dovesAtDawn, portraitDove } from './compositions/doves';
import { flowersOnStone, portraitFlower, ripplesOnWater } from './compositions/flowers';
import { horizonDusk, portraitTree, socialCard } from './compositions/landscapes';
import { lanternsOnRiver, lanternsRow, portraitLantern } from './compositions/lanterns';
import { laurelWreathBlue, oliveBranch, wreathOfLeaves } from './compositions/leaves';
import { beamsOfLight, threadsOfLight } from './compositions/light';
import { paperBoats, paperCranes, paperSheets, portraitCrane } from './compositions/paper';
import { portraitStones, stoneWallLight } from './compositions/stone';
import type { Drawing } from './drawing';

/** Every image of the sample archive, in the order they are listed and drawn. */
export const SAMPLE_DRAWINGS: readonly Drawing[] = [
	candlesRow,
	portraitCandle,
	lanternsRow,
	portraitLantern,
	lanternsOnRiver,
	horizonDusk,
	portraitTree,
	wreathOfLeaves,
	laurelWreathBlue,
	oliveBranch,
	paperCranes,
	portraitCrane,
	dovesAtDawn,
	portraitDove,
	stoneWallLight,
	flowersOnStone,
	beamsOfLight,
	threadsOfLight,
	ripplesOnWater,
	paperSheets,
	paperBoats,
	candleFieldWide,
	portraitFlower,
	portraitStones,
	withdrawnSample,
	socialCard,
];

/** The drawings named (with or without .jpg), in catalogue order, and the names that match none. */
export function findDrawings(names: string[]): { found: Drawing[]; unknown: string[] } {
	const wanted = names.map((name) => name.trim().replace(/\.jpg$/, '')).filter(Boolean);
	return {
		found: SAMPLE_DRAWINGS.filter((drawing) => wanted.includes(drawing.name)),
		unknown: wanted.filter((name) => !SAMPLE_DRAWINGS.some((drawing) => drawing.name === name)),
	};
}
