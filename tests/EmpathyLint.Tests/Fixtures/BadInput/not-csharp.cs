#!/usr/bin/env python3
# This file has the wrong extension: it is a Python script.
def gender_of(title):
    return {"Mr": "male", "Mrs": "female"}.get(title, "unknown")

if __name__ == "__main__":
    print(gender_of("Mr"))
    <form><select name="gender"><option>Male</option><option>Female</option></select></form>
