# User-defined exception classes
class MyError(Exception):
    pass

class ValidationError(MyError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

class CodeError(Exception):
    def __init__(self, code):
        self.code = code

def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise MyError("negative age", age)
    return age

for v in [5, "x", -1]:
    try:
        print("valid", validate(v))
    except ValidationError as e:
        print("ValidationError", str(e), repr(e), e.args, e.field)
    except MyError as e:
        print("MyError", str(e), repr(e), e.args)

try:
    raise CodeError(404)
except CodeError as e:
    print("code", e.code, e.args, repr(str(e)))

print(issubclass(ValidationError, MyError), issubclass(MyError, Exception))
print(ValidationError.__mro__)
print(isinstance(ValidationError("a", "b"), BaseException))

class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()), repr(Quiet(1)), str(Quiet(1, 2)))
