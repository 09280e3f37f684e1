# detect_pattern: True at the last position of every occurrence of "abc"
# (Tracr's detect_pattern). Each earlier element of the pattern is checked at
# an offset by an attention head that looks back `offset` positions; the first
# positions have nothing to look back at, so they hold None.
# Converted from detect_pattern.rasp by rasp convert, for Tracr (9ce2b8c).

from tracr.compiler import compiling
from tracr.rasp import rasp

detector = rasp.Map(lambda x: x == 'c', rasp.tokens).named('detector')
detector_2 = rasp.Map(lambda x: x == 'b', rasp.tokens).named('detector_2')
back = rasp.Select(rasp.indices, rasp.indices, lambda k, q: q == k + 1).named('back')
detector_3 = rasp.Aggregate(back, detector_2).named('detector_3')
detector_4 = rasp.Map(lambda x: x == 'a', rasp.tokens).named('detector_4')
back_2 = rasp.Select(rasp.indices, rasp.indices, lambda k, q: q == k + 2).named('back_2')
detector_5 = rasp.Aggregate(back_2, detector_4).named('detector_5')
found = rasp.SequenceMap(lambda x, y: x and y, detector_5, detector_3).named('found')
detect_pattern = rasp.SequenceMap(lambda x, y: x and y, found, detector).named('detect_pattern')

model = compiling.compile_rasp_to_model(
    detect_pattern,
    vocab={'a', 'b', 'c'},
    max_seq_len=6,
    compiler_bos='BOS',
    compiler_pad='PAD',
)
print(model.apply(['BOS', 'a', 'b', 'c', 'a', 'b', 'c']).decoded)
