// Worksheet and answer-key printing. The answer key is the lesson with the class "answer-key" on its frame
// (shown on screen too) and every worked solution open; ?answers=1 turns it on when the page loads.
const frame = document.querySelector<HTMLElement>('.lesson-frame');
const actions = document.querySelector<HTMLElement>('[data-print-actions]');
const openedByKey = new Set<HTMLDetailsElement>();

function setAnswerKey(on: boolean): void {
  if (!frame) return;
  frame.classList.toggle('answer-key', on);
  for (const details of frame.querySelectorAll<HTMLDetailsElement>('.exercise details.solution')) {
    if (on && !details.open) {
      details.open = true;
      openedByKey.add(details);
    } else if (!on && openedByKey.delete(details)) details.open = false;
  }
}

function printAs(answerKey: boolean): void {
  const before = frame?.classList.contains('answer-key') ?? false;
  setAnswerKey(answerKey);
  window.addEventListener('afterprint', () => setAnswerKey(before), { once: true });
  window.print();
}

if (frame && actions) {
  if (new URLSearchParams(location.search).get('answers') === '1' || frame.classList.contains('answer-key')) {
    setAnswerKey(true);
  }
  actions.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-print]');
    if (button) printAs(button.dataset['print'] === 'answers');
  });
  actions.hidden = false;
}
