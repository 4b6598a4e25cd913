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
