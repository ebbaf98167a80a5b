// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { westernDigits } from '@/utils/keyfacts/digits';
import { facts, nums } from './read-facts';

const numbersOf = (text: string) => facts(text).numbers.map((n) => n.text);

describe('numbers in other scripts', () => {
  it('reads a number after a Hebrew or Arabic prefix joined to it', () => {
    expect(nums('מחיר הכרטיס ירד ב־12% מאז הקיץ.', false)).toEqual(['12%']);
    expect(nums('השכר עלה ב-7% בממוצע.', false)).toEqual(['7%']);
    expect(nums('وارتفع المؤشر بـ8% في أسبوع.', false)).toEqual(['8%']);
    // not after a letter that opens no word ("A320", an English hyphen)
    expect(nums('The A320 and a -12% swing.', true)).toEqual([]);
  });

  it('keeps a scale and a currency written in Hebrew, Arabic or Cyrillic with their number', () => {
    expect(nums('הספרייה העירונית תקבל 27 מיליון דולר לשיפוץ.', false)).toEqual(['27 מיליון דולר']);
    expect(nums('وخصصت البلدية 64 مليار دينار للطرق.', false)).toEqual(['64 مليار دينار']);
    expect(nums('Музей получит 35 миллионов рублей на ремонт.', false)).toEqual(['35 миллионов']);
    expect(nums('Мост построят за 3 года.', false)).toEqual(['3 года']);
  });

  it('reads Arabic-Indic and Persian digits and shows them as written', () => {
    expect(westernDigits('١٥٪ و٣٫٥ و۱۴۰۳ و२०२६')).toBe('15% و3.5 و1403 و2026');
    expect(numbersOf('قال المدير إن المبيعات زادت بنسبة ١٧٪ هذا الموسم. وبلغت الأرباح ٢٫٤ مليار دولار.')).toEqual(['١٧٪', '٢٫٤ مليار دولار']);
  });

  it('leaves an English sentence as it was', () => {
    expect(nums('The fund lost 42 million dollars, 3 percent of it.')).toEqual(['42 million dollars', '3 percent']);
  });
});
