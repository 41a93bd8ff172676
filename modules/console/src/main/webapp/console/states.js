// How link states read: the tone of their badge and their colour in charts.

const TONES = {
  COMPROMISED: 'bad', DENIED: 'bad', RUNNING: 'good', POOL_FULL: 'good',
  NO_KEY: 'warn', IDLE: 'neutral', UNKNOWN: 'neutral',
};

export function stateTone(state) {
  if (TONES[state]) return TONES[state];
  return state && state.startsWith('EXTERNAL') ? 'neutral' : 'warn';
}

const COLOURS = { bad: '#dc2626', good: '#16a34a', warn: '#d97706', neutral: '#64748b' };

export function stateColour(state) {
  return COLOURS[stateTone(state)];
}
