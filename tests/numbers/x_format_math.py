tests = [(1234,'010,'),(1234,'0=10,'),(1234,'x<10,'),(5,'<05'),(5,'x<05'),(-5,'05'),(-5,'=5'),(-5,'*^+8'),(255,'#x'),(255,'#010x'),(255,'_b'),(2**20,'_x'),(2**20,'_o'),(65,'c'),(65,'+c'),(65,'#c'),(10**6,'n'),(10**6,'_n'),(10**6,',n'),(-1,'x'),(-255,'#X'),(1234,'e'),(1234,'.2%'),(12,'g'),(3,'.3f'),(1,'z'),(float('inf'),'010'),(float('-inf'),'=+10'),(float('nan'),'F'),(-0.0,'z.1f'),(-0.0001,'z.1f'),(1234.5,'_'),(1234.5,','),(1e16,''),(1e16,'.3'),(123.456,'.2'),(123.0,'.5'),(123.0,'#.5g'),(0.0001,''),(1e-5,''),(1.5,'#.0f'),(1.5,'.0f'),(2.5,'.0f'),(1.5,'#.0e'),(12345.6789,'010.2f'),(12345.6789,'012,.2f'),(1e100,',.2f'),(0.5,'%'),(1e-7,'g'),(1e-7,'n'),(123456789.0,'g'),(1.0,'#g'),(1.0,'g'),(100.0,'.2'),(1e200, ''),(1.0,'.0'),(1.5e300,'.1e'),(1, '=^5'),(1.5,'-^+9.2f'),(True,''),(True,'d'),(True,'5'),(1.0,'_.3e'),(1234567.0,'_.3g'),(2**64,','),(-2**64,'_x'),(10**30,'e'),(10**30,'f'),(5,'.0%'),(1.5,'x'),(1,'s'),(1,'.2'),(1,'+,c'),(1,'_n'),(1.25,'.1f'),(0.125,'.2f'),(1e22,'f'),(float('nan'),'+'),(-float('nan'),''),(1.0,'E'),(1e-300*1e-300, 'g')]
for v, s in tests:
    try: print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e: print(repr(v), repr(s), type(e).__name__, e)
import math
for t in ['math.atan2(1)','math.log()','math.log(1,2,3)','math.hypot()','math.gcd()','math.lcm()','math.ldexp(1.0, 10**30)','math.ldexp(1.0, -10**30)','math.frexp(0.0)','math.modf(float("inf"))','math.log(10**1000)','math.log2(2**2000)','math.log10(10**400)','math.log(-10**400)','math.perm(5,2)','math.perm(5,6)','math.comb(5,6)','math.perm(5,-1)','math.comb(5,-1)','math.remainder(1,0)','math.pow(float("inf"), -1)','math.pow(2, 10000)','math.cosh(1000)','math.sinh(-1000)','math.atanh(1)','math.gamma(200)','math.lgamma(-1)','math.lgamma(float("inf"))', 'math.gamma(-1.5)','math.isclose(1,1,rel_tol=-1)','math.dist((1,2),(4,6))','math.hypot(3,4,12)','math.nextafter(1,2)','math.ulp(1.0)','math.fsum([0.1]*10)','math.prod([])','math.prod([1.5,2])','math.factorial(20)','math.floor(2.5)','math.ceil(-0.5)','math.trunc(-2.7)','math.exp2(10)','math.cbrt(-27)','math.erf(1)','math.expm1(1e-10)','math.log1p(-1)','math.fmod(-1, 3)','math.copysign(1, -0.0)','math.degrees(math.pi)','math.isqrt(10**40)','math.gcd(12, -18, 0)','math.lcm(4, 6, -10)','math.sqrt(10**400)','math.floor(10**400)','math.exp(1e-320)','math.log(0.0)','math.acosh(0.5)','math.log(8, 2)','math.log(2**1000, 2)', 'math.pi', 'math.e', 'math.tau', 'math.inf', 'math.nan', 'math.hypot(1e200, 1e200)', 'math.hypot(0.1, 0.2, 0.3)', 'math.dist((0.1,0.2,0.3),(1,2,3))', 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])', 'math.isclose(1.0, 1.0000000001)', 'math.comb(100, 50)', 'math.perm(10)', 'math.factorial(30)', 'math.floor(-0.5)', 'math.sin(1)', 'math.tan(1e10)', 'math.atan2(-0.0, -1)', 'math.remainder(5, 3)', 'math.frexp(1e-310)', 'math.modf(-2.5)', 'math.hypot(*range(10))', 'math.log(3)', 'math.log10(1000)', 'math.log2(3)', 'math.exp(1)', 'math.erfc(0.5)', 'math.lgamma(0.5)', 'math.gamma(0.5)', 'math.gamma(171.5)']:
  try: print(t, '=>', repr(eval(t)))
  except Exception as e: print(t, '!!', type(e).__name__, e)
print(format(1+2j, ''), format(1+2j, '.2'), format(1+2j, 'f'), format(1j,'10'), format(1.5+2j,'^20.3f'), format(-0.0-1j,''), format(1e20j,'g'))
print(complex('1+2j'), complex(' (1-2.5e3j) '), complex('j'), complex('-j'), complex('inf+nanj'), complex('1e3'), complex('1_0j'))
print(abs(3+4j), (1+2j)**2, (1+2j)**-1, (1+2j)**0.5, 0j**0, (1+1j)/(1-1j), 1j*1j)
print(complex(1,2)==1, complex(1,0)==1, complex(1,0)==1.0, hash(1+0j), hash(complex(1.5,2)), complex(complex(1,2), complex(3,4)), complex(imag=2), complex(real=1))
print(complex(1,-0.0), complex(-0.0,-1), complex(float('inf'),float('nan')), 1e20j, 1e16+1j, complex(0,0), -1j, complex(-0.0,0))
print(float.hex(1.5), (0.1).hex(), (-0.0).hex(), float.hex(5e-324), float.fromhex('0x1.8p1'), float.fromhex('inf'), float.fromhex(' -0x.8 '))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2), round(15, -1), round(25, -1), round(-25,-1), type(round(1.5, 0)), round(1e300, -300))
print((1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (7).as_integer_ratio(), (-2.5).__trunc__(), (2.5).__floor__())
print(int.from_bytes(b'\xff\x00', 'little', signed=True), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), (-129).to_bytes(2, signed=True))
print(7 / 2, 2**53+1 / 1, (2**53+1)/1, 10**30/10**10, 1/3, -1/3, (10**400+1)/10**399, (1)/(2**1075), 3/(2**1075), (2**1074+1)/2**2100)
print((12345).__sizeof__(), (2**100).__sizeof__(), (0).__sizeof__(), (1.5).__sizeof__())
print(int.__new__(int, 5), float(True), int('  12\n'), 0.1+0.7, 1e-7, 1.5e300*1.5e10)
class I(int): pass
class Fl(float): pass
print(I(5), type(I(5)), I(5) + 1, type(I(5)+1), Fl(2.5), type(Fl('1.5')), repr(I('10', 2)))
class T:
    def __trunc__(self): return 7
    def __index__(self): return 3
class X:
    def __float__(self): return 2.5
    def __int__(self): return 9
print(int(T()), int(X()), float(X()), math.floor(X()) if False else '', math.sqrt(X()))
print(sorted([3, 1.5, 2, True, -1e10]), max(2**70, 1e21), min(-0.0, 0))
import sys
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
sys.set_int_max_str_digits(0)
print(len(str(10**100000)))
