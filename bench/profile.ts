import { readFileSync } from 'node:fs';

/** What `node --cpu-prof` writes: a call tree of nodes, and which node was on top of the stack at each sample. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  selfMs: number;
  /** Share of the time the process was not idle. */
  selfPercent: number;
}

export interface ProfileSummary {
  file: string;
  busyMs: number;
  idleMs: number;
  /** Functions by self time (time on top of the stack). */
  functions: HotSpot[];
  /** The same, summed per package, per folder of ours, per module of Node and V8 (GC, compiling); all of them. */
  areas: HotSpot[];
}

export interface AreaDifference {
  name: string;
  floorUs: number;
  oursUs: number;
  /** What ours spends there beyond the floor, per request. */
  extraUs: number;
}

const round = (value: number) => Number(value.toFixed(1));

function areaOf(url: string, functionName: string, repositoryRoot: string): string {
  if (url === '') return functionName.startsWith('(') ? `V8 ${functionName}` : 'V8 (native)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (packageMatch?.[1]) return packageMatch[1];
  // Node's own modules by name: undici (fetch), http, streams and timers cost differently.
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?(deps\/)?/, 'node ');
  const ours = /\/dist\/([^/]+)\//.exec(url.replace(`file://${repositoryRoot}`, ''));
  if (ours?.[1]) return `ours: ${ours[1]}`;
  return url.replace(`file://${repositoryRoot}/`, '');
}

function locationOf(url: string, lineNumber: number, repositoryRoot: string): string {
  if (url === '') return '';
  const short = url.replace(`file://${repositoryRoot}/`, '').replace(/^.*node_modules\//, '');
  return ` ${short}:${lineNumber + 1}`;
}

function ranked(selfTimes: Map<string, number>, busyMs: number, limit: number): HotSpot[] {
  return [...selfTimes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, micros]) => ({ name, selfMs: round(micros / 1000), selfPercent: round((micros / 1000 / busyMs) * 100) }));
}

export function summariseProfile(file: string, repositoryRoot: string, limit = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let idleMicros = 0;
  let busyMicros = 0;
  profile.samples.forEach((nodeId, index) => {
    const frame = nodes.get(nodeId);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!frame) return;
    if (frame.functionName === '(idle)') {
      idleMicros += micros;
      return;
    }
    busyMicros += micros;
    const name = `${frame.functionName || '(anonymous)'}${locationOf(frame.url, frame.lineNumber, repositoryRoot)}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const area = areaOf(frame.url, frame.functionName, repositoryRoot);
    byArea.set(area, (byArea.get(area) ?? 0) + micros);
  });
  const busyMs = busyMicros / 1000;
  return {
    file,
    busyMs: round(busyMs),
    idleMs: round(idleMicros / 1000),
    functions: ranked(byFunction, busyMs, limit),
    areas: ranked(byArea, busyMs, byArea.size)
  };
}

/**
 * Self time per request served, by area, for both bots, largest extra first. Start-up is included and spread over
 * the requests, so run long enough for it to be small.
 */
export function areaDifferences(floor: ProfileSummary, floorRequests: number, ours: ProfileSummary, oursRequests: number): AreaDifference[] {
  const perRequest = (summary: ProfileSummary, requests: number) =>
    new Map(summary.areas.map((area) => [area.name, (area.selfMs * 1000) / Math.max(1, requests)]));
  const floorAreas = perRequest(floor, floorRequests);
  const oursAreas = perRequest(ours, oursRequests);
  return [...new Set([...floorAreas.keys(), ...oursAreas.keys()])]
    .map((name) => {
      const floorUs = floorAreas.get(name) ?? 0;
      const oursUs = oursAreas.get(name) ?? 0;
      return { name, floorUs: round(floorUs), oursUs: round(oursUs), extraUs: round(oursUs - floorUs) };
    })
    .sort((left, right) => right.extraUs - left.extraUs);
}
