// kefu: a customer-service department's paperwork from its raw records.
#include <iostream>

#include "app/kefu_app.h"

int main(int argc, char** argv) { return kefu::RunKefu(argc, argv, std::cout, std::cerr); }
