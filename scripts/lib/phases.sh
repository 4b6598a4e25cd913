# Times the phases of a script and prints them as a table at its end (sourced by scripts/test
# and scripts/setup). Each phase appends "name|seconds|note" to $ESHKOL_PHASES, so a
# script that runs another (test runs setup) gathers both into one table.
#   phase "App build" cargo build -p eshkol     runs the command, records how long it took
#   phase_note "Rust tests: 812"                adds a line under the table
#   phases_table                                prints the table (test does it on exit), and
#                                               whether the run kept within ESHKOL_PHASES_BUDGET
#                                               minutes, when that is set

if [ -z "${ESHKOL_PHASES:-}" ]; then
  ESHKOL_PHASES="$(mktemp)"
  export ESHKOL_PHASES
  ESHKOL_PHASES_OWNER=$$
  ESHKOL_PHASES_START=$(date +%s)
fi

# The phase running now, so that a failure says where it stopped.
_phase_now=""
_phase_t0=0

phase() {
  local name=$1
  shift
  echo "==> $name"
  _phase_now=$name
  _phase_t0=$(date +%s)
  "$@"
  printf '%s|%s|\n' "$name" "$(( $(date +%s) - _phase_t0 ))" >>"$ESHKOL_PHASES"
  _phase_now=""
}

phase_note() {
  printf '%s||%s\n' "-" "$1" >>"$ESHKOL_PHASES"
}

fmt_seconds() {
  printf '%d:%02d' $(( $1 / 60 )) $(( $1 % 60 ))
}

phases_table() {
  local status=${1:-0}
  [ "${ESHKOL_PHASES_OWNER:-}" = "$$" ] || return 0
  if [ -n "$_phase_now" ]; then
    printf '%s|%s|%s\n' "$_phase_now" "$(( $(date +%s) - _phase_t0 ))" "FAILED (exit $status)" >>"$ESHKOL_PHASES"
  fi
  local total=$(( $(date +%s) - ESHKOL_PHASES_START ))
  echo
  echo "==> Where the time went"
  printf '| %-44s | %9s |\n' "phase" "m:ss"
  printf '| %-44s | %9s |\n' "--------------------------------------------" "--------:"
  local name secs note
  local -a notes=()
  while IFS='|' read -r name secs note; do
    if [ "$name" = "-" ]; then
      notes+=("$note")
    else
      printf '| %-44s | %9s |%s\n' "$name" "$(fmt_seconds "$secs")" "${note:+ $note}"
    fi
  done <"$ESHKOL_PHASES"
  printf '| %-44s | %9s |\n' "the whole run" "$(fmt_seconds "$total")"
  if [ -n "${ESHKOL_PHASES_BUDGET:-}" ]; then
    if [ "$total" -le $(( ESHKOL_PHASES_BUDGET * 60 )) ]; then
      echo "Within the budget of $ESHKOL_PHASES_BUDGET minutes (BENCHMARKS.md, the test suite on CI)."
    else
      echo "OVER the budget of $ESHKOL_PHASES_BUDGET minutes (BENCHMARKS.md, the test suite on CI): find the phase that grew."
    fi
  fi
  local n
  for n in "${notes[@]}"; do echo "$n"; done
  rm -f "$ESHKOL_PHASES"
}
