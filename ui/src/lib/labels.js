// Message ids of the enumerations the store returns.
export const REGION = { north: 'region-north', center: 'region-center', south: 'region-south', other: 'region-other' };

export const SETTLEMENT_KIND = {
  kibbutz: 'settlement-kind-kibbutz',
  moshav: 'settlement-kind-moshav',
  community: 'settlement-kind-community',
  other: 'settlement-kind-other',
};

export const ORGANIZATION_KIND = {
  department: 'organization-kind-department',
  youth_movement: 'organization-kind-youth-movement',
  school: 'organization-kind-school',
  district: 'organization-kind-district',
  authority: 'organization-kind-authority',
  partner: 'organization-kind-partner',
};

export const FORUM_LEVEL = {
  ministry: 'level-ministry',
  district: 'level-district',
  authority: 'level-authority',
  school: 'level-school',
  cluster: 'level-cluster',
  settlement: 'level-settlement',
  other: 'level-other',
};

export const CADENCE = {
  weekly: 'cadence-weekly',
  biweekly: 'cadence-biweekly',
  monthly: 'cadence-monthly',
  weeks: 'cadence-weeks',
  months: 'cadence-months',
  none: 'cadence-none',
};

export const TEMPLATE = {
  ministry: 'template-ministry-name',
  district: 'template-district-name',
  authority: 'template-authority-name',
  school: 'template-school-name',
};

export const SETUP_STEP = {
  review_needs: 'setup-review-needs',
  review_members: 'setup-review-members',
  set_meetings: 'setup-set-meetings',
  set_mechanisms: 'setup-set-mechanisms',
};

export const MEETING_STATUS = { planned: 'meeting-status-planned', held: 'meeting-status-held', cancelled: 'meeting-status-cancelled' };

export const ATTENDANCE = { present: 'attendance-present', absent: 'attendance-absent', excused: 'attendance-excused' };

export const ACTION_STATUS = { open: 'action-status-open', done: 'action-status-done', cancelled: 'action-status-cancelled' };

export const GAP_STATUS = { open: 'gap-status-open', in_handling: 'gap-status-in-handling', resolved: 'gap-status-resolved' };

/** A stored date (YYYY-MM-DD) as Israelis write it: 22.11.2026. */
export function day(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** A stored moment (UTC, RFC 3339) as the date and time on this machine's clock: 22.11.2026 14:05.
 * The same digits in every language, like `day`; no locale is assumed. */
export function moment(utc) {
  const at = new Date(utc);
  if (Number.isNaN(at.getTime())) return utc ?? '';
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(at.getDate())}.${pad(at.getMonth() + 1)}.${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Today as YYYY-MM-DD, in the machine's own time zone. */
export function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Ministry's emergency clusters, in the order the Ministry lists them. */
export const EMERGENCY_CLUSTER = {
  emotional: 'emergency-cluster-emotional',
  pedagogical: 'emergency-cluster-pedagogical',
  social: 'emergency-cluster-social',
  non_professional: 'emergency-cluster-non-professional',
};

export const NEARNESS = { here: 'help-near-here', cluster: 'help-near-cluster', council: 'help-near-council' };

export const HELPER_KIND = { volunteer: 'help-kind-volunteer', organization: 'help-kind-organization' };

export const PROGRAM_KIND = {
  regional_initiative: 'program-kind-regional-initiative',
  retention: 'program-kind-retention',
  enrichment: 'program-kind-enrichment',
  youth_movement: 'program-kind-youth-movement',
  other: 'program-kind-other',
};

export const PARTNER_ROLE = {
  lead: 'partner-role-lead',
  partner: 'partner-role-partner',
  funder: 'partner-role-funder',
  academic: 'partner-role-academic',
  operator: 'partner-role-operator',
};

export const STEERING_ROLE = { steering: 'program-forum-role-steering', managers: 'program-forum-role-managers' };

export const MOVE_STATUS = {
  planned: 'move-status-planned',
  under_way: 'move-status-under-way',
  done: 'move-status-done',
  dropped: 'move-status-dropped',
};

export const AGE_BAND = {
  early_childhood: 'age-band-early-childhood',
  elementary: 'age-band-elementary',
  middle: 'age-band-middle',
  high: 'age-band-high',
  young_adults: 'age-band-young-adults',
};

export const SECTOR = { public: 'sector-public', third_sector: 'sector-third-sector', business: 'sector-business' };

/** The school year a date (`YYYY-MM-DD`) belongs to, named by the year it opens (1 September). */
export function schoolYearOf(iso) {
  const [y, m] = iso.split('-').map(Number);
  return m >= 9 ? y : y - 1;
}

/** A school year as people name it: 2026–2027. */
export function schoolYearLabel(year) {
  return `${year}–${year + 1}`;
}

/** Text set left to right inside right-to-left text where no element can isolate it (an
 * option of a select, whose isolate marks WebKit ignores): after a left-to-right mark, the
 * numbers and the dash between them read as one left-to-right run (2026–2027). */
export function ltr(text) {
  return `\u200e${text}\u200e`;
}

// The year's work plan.
export const TASK_STATUS = {
  planned: 'task-status-planned',
  under_way: 'task-status-under-way',
  done: 'task-status-done',
  dropped: 'task-status-dropped',
};
export const DIRECTION = { increase: 'direction-increase', decrease: 'direction-decrease', hold: 'direction-hold' };
export const FREQUENCY = { quarterly: 'frequency-quarterly', yearly: 'frequency-yearly' };
export const SPLIT = { none: 'split-none', cluster: 'split-cluster', settlement: 'split-settlement' };
export const SOURCE = {
  typed: 'source-typed',
  meetings_held: 'source-meetings-held',
  visits: 'source-visits',
  settlements_visited: 'source-settlements-visited',
  actions_on_time: 'source-actions-on-time',
  gaps_resolved: 'source-gaps-resolved',
  volunteers_confirmed: 'source-volunteers-confirmed',
  program_participants: 'source-program-participants',
};
export const STANDING = { on_track: 'standing-on-track', at_risk: 'standing-at-risk', off_track: 'standing-off-track' };

/** A figure as people read it: up to two decimals, no trailing zeros. */
export function figure(value) {
  if (value === null || value === undefined) return '';
  return String(Math.round(value * 100) / 100);
}
