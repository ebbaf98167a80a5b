import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { utterancesOf } from '@/utils/speech';

interface Props {
  text: string;
  lang: string | null;
  /** Called with the sentence being read (null when reading stops), to highlight and follow it. */
  onSentence: (sentence: string | null) => void;
}

type Status = 'idle' | 'playing' | 'paused';
/** The speeds offered, as rates of the voice's own pace: a little slower, up to twice as fast for skimming. */
const SPEEDS = [0.8, 1, 1.2, 1.5, 2];
/**
 * How long a first sentence may take to start when the browser lists no voice: on a system without text-to-speech
 * (Chromium on Linux without speech-dispatcher's voices) `speak` neither starts nor fails, and Listen showed Pause
 * over silence.
 */
export const NO_VOICE_WAIT_MS = 4_000;
/** The errors that are the reader's own doing (Stop, a new speed), not a failure to speak. */
const STOPPED = new Set(['interrupted', 'canceled']);

/** Read aloud with the browser's own speech synthesis: nothing leaves the device. */
export function ReadAloud({ text, lang, onSentence }: Props) {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const utterances = useMemo(() => utterancesOf(text), [text]);
  const [status, setStatus] = useState<Status>('idle');
  const [rate, setRate] = useState(1);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [voiceName, setVoiceName] = useState('');
  const [failed, setFailed] = useState(false);
  const position = useRef(0);
  const run = useRef(0);
  const watchdog = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      clearTimeout(watchdog.current);
      synth.cancel();
    };
  }, []);

  if (!synth || utterances.length === 0) return null;

  /** Back to the start, nothing highlighted: the last sentence was read, or the reader stopped. */
  const finished = () => {
    clearTimeout(watchdog.current);
    position.current = 0;
    setStatus('idle');
    onSentence(null);
  };
  /** Nothing can be spoken: back to Listen, saying why. */
  const cannotSpeak = () => {
    run.current++;
    synth.cancel();
    finished();
    setFailed(true);
  };
  const speakFrom = (index: number, speed = rate, voice = voiceName) => {
    const current = ++run.current;
    synth.cancel();
    const speakNext = (i: number) => {
      if (current !== run.current) return;
      const next = utterances[i];
      if (!next) return finished();
      position.current = i;
      const utterance = new SpeechSynthesisUtterance(next.text);
      utterance.rate = speed;
      if (lang) utterance.lang = lang;
      const chosen = voices.find((v) => v.name === voice);
      if (chosen) utterance.voice = chosen;
      utterance.onstart = () => {
        clearTimeout(watchdog.current);
        onSentence(next.sentence);
      };
      utterance.onend = () => speakNext(i + 1);
      utterance.onerror = (e) => void (current === run.current && !STOPPED.has(e.error) && cannotSpeak());
      synth.speak(utterance);
    };
    setFailed(false);
    setStatus('playing');
    clearTimeout(watchdog.current);
    if (synth.getVoices().length === 0) watchdog.current = setTimeout(() => current === run.current && cannotSpeak(), NO_VOICE_WAIT_MS);
    speakNext(index);
  };

  const toggle = () => {
    if (status === 'playing') {
      synth.pause();
      setStatus('paused');
    } else if (status === 'paused') {
      synth.resume();
      setStatus('playing');
    } else speakFrom(0);
  };
  const stop = () => {
    run.current++;
    synth.cancel();
    finished();
  };
  // Speed and voice apply from the current sentence on.
  const restartWith = (speed: number, voice: string) => status !== 'idle' && speakFrom(position.current, speed, voice);
  const langVoices = voices.filter((v) => !lang || v.lang.toLowerCase().startsWith(lang.slice(0, 2).toLowerCase()));

  return (
    <div class="reader-aloud" role="group" aria-label={t('readerListen')}>
      <button class="cr-button" onClick={toggle} aria-pressed={status === 'playing'}>
        {status === 'playing' ? t('readerPause') : status === 'paused' ? t('readerResume') : t('readerListen')}
      </button>
      {failed && <span class="reader-aloud-failed" role="status">{t('readerNoVoice')}</span>}
      {status !== 'idle' && (
        <>
          <button class="cr-button" onClick={stop}>{t('readerStop')}</button>
          <label>
            <span class="cr-visually-hidden">{t('readerSpeed')}</span>
            <select
              value={String(rate)}
              onChange={(e) => {
                const speed = Number((e.target as HTMLSelectElement).value);
                setRate(speed);
                restartWith(speed, voiceName);
              }}
            >
              {SPEEDS.map((s) => <option key={s} value={String(s)}>{`${s}×`}</option>)}
            </select>
          </label>
          {langVoices.length > 1 && (
            <label>
              <span class="cr-visually-hidden">{t('readerVoice')}</span>
              <select
                value={voiceName}
                onChange={(e) => {
                  const voice = (e.target as HTMLSelectElement).value;
                  setVoiceName(voice);
                  restartWith(rate, voice);
                }}
              >
                <option value="">{t('readerVoiceDefault')}</option>
                {langVoices.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
              </select>
            </label>
          )}
        </>
      )}
    </div>
  );
}
