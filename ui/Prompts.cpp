#include "Prompts.h"

#include "DialogPrompts.h"

namespace consulta {

namespace {
Prompts *g_installed = nullptr;
}

Prompts &Prompts::current()
{
    static DialogPrompts dialogs;
    return g_installed ? *g_installed : dialogs;
}

void Prompts::install(Prompts *prompts)
{
    g_installed = prompts;
}

} // namespace consulta
